package org.linkwork.matching.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How telling each topic is among the services in view, as inverse document frequency: a topic that a few
 * services are about ("COPD", "choir") counts for more than one that half of them are ("company",
 * "getting active"), so the rarer, more particular thing someone said leads. A topic's own weight (other
 * words count for less) is multiplied in.
 */
final class TopicWeights {

    static final double LEAST = 0.25;
    static final double ABOUT = 0.5;
    /** A need code none of whose services say the topic's words still counts for half. */
    static final double LEAST_NEED_SHARE = 0.5;

    private final Map<List<Topic>, double[]> weights = new HashMap<>();
    private final Map<Topic, Double> rarities = new IdentityHashMap<>();
    private final Map<Topic, Map<String, Double>> needStrengths = new IdentityHashMap<>();
    private final Map<Topic, Map<ServiceFacts, Double>> matches = new IdentityHashMap<>();
    private final List<ServiceFacts> services;

    TopicWeights(List<ServiceFacts> services) {
        this.services = services;
    }

    double[] of(List<Topic> topics) {
        return weights.computeIfAbsent(topics, this::compute);
    }

    /** How strongly a service is about a topic, worked out once for each pair. */
    double match(Topic topic, ServiceFacts service) {
        return matches.computeIfAbsent(topic, t -> new IdentityHashMap<>())
                .computeIfAbsent(service, f -> TopicMatch.of(topic, f, code -> needStrength(topic, code)));
    }

    /**
     * A need code says a service is about a topic as far as the services recorded with it are about the topic
     * in their own words: "long-term conditions" is recorded on diabetes, heart and stroke groups too, so it
     * says little about breathing; a code asked for by the person is the topic itself.
     */
    private double needStrength(Topic topic, String code) {
        if (topic.askedByCode() || topic.words().isEmpty()) {
            return TopicMatch.NEED;
        }
        return needStrengths.computeIfAbsent(topic, t -> new HashMap<>()).computeIfAbsent(code, c -> {
            List<ServiceFacts> recorded = services.stream().filter(f -> f.needCodes.contains(c)).toList();
            long saying = recorded.stream().filter(f -> TopicMatch.words(topic.words(), f) > 0).count();
            double share = recorded.isEmpty() ? 1 : (double) saying / recorded.size();
            return TopicMatch.NEED * (LEAST_NEED_SHARE + (1 - LEAST_NEED_SHARE) * share);
        });
    }

    /**
     * How rare services about the topic are among those in view, 0 (all of them) to 1 (none): the inverse
     * document frequency before the topic's own weight.
     */
    double rarity(Topic topic) {
        return rarities.computeIfAbsent(topic, t -> {
            int n = services.size();
            long about = services.stream().filter(f -> match(t, f) >= ABOUT).count();
            return Math.max(0, Math.log((n + 1.0) / (about + 1.0)) / Math.log(n + 1.0));
        });
    }

    private double[] compute(List<Topic> topics) {
        double[] w = new double[topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            w[i] = topic.weight() * (LEAST + (1 - LEAST) * rarity(topic));
        }
        return w;
    }
}
