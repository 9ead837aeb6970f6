package org.linkwork.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.linkwork.directory.Capacity;
import org.linkwork.directory.Freshness;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.matching.vocabulary.ReadConcept;

/**
 * Scores a service for a situation, from 0 to 1, with its reasons and cautions.
 *
 * <p>Relevance is how well the service is about the topics: half the best topic's match, half the mean over
 * all topics, each weighted by how telling the topic is ({@link TopicWeights}: "COPD" says more than "active"),
 * so that a service about all of them beats one about a single one. Services that suit how the person would
 * like things (transport arranged, step-free, seated, for men) gain up to 30% more. The score is 0.8 relevance
 * and 0.2 other signals (capacity, how recently the listing was confirmed, the provider's replies, cost),
 * scaled down by distance (a far venue keeps 55% of it, 50% when the person cannot travel; the rarer the kind of
 * service, the further it may be before distance counts: people go further for a breathing group than for a
 * walk), and cut for a listing temporarily closed, for one about something the person said they do not
 * want, for one whose words suggest it may not suit, for a venue when the person is housebound and nothing gets
 * them there, and for one that runs only at times the person said they cannot go ({@link SaidTimes}).
 */
final class Ranking {

    /** Capacity, freshness, replies and cost: a fifth of the score before nearness. */
    static final double OTHER_SIGNALS = 0.2;
    /**
     * How much of the score nearness can take away: a venue far off keeps 55% of it, or 50% when the person cannot
     * travel. Few people go 10 km to a weekly group, however well it fits.
     */
    static final double DISTANCE_WEIGHT = 0.45;
    static final double NEARBY_DISTANCE_WEIGHT = 0.5;
    /** Below this relevance a service is not suggested for the topics at all. */
    static final double LEAST_RELEVANCE = 0.2;
    static final double WITHOUT_TOPICS = 0.5;
    /** A service at least this relevant is clearly about what the person spoke of, not only near it. */
    static final double CLEARLY_RELEVANT = 0.5;
    /** A topic is given as a reason only when the service is clearly about it, not by a broad need code alone. */
    static final double REASON_MATCH = 0.65;
    static final double DISTANCE_PIVOT_KM = 3.0;
    static final double NEARBY_PIVOT_KM = 1.5;
    static final double FIT_BONUS = 0.15;
    static final double ACCESS_BONUS = 0.05;
    static final double MOST_BONUS = 0.3;
    static final double UNKNOWN_REPLIES = 0.7;
    /**
     * For a person who cannot travel far, a service that comes to them is as good as a venue about 1.2 km away;
     * barriers it gets round add more.
     */
    static final double OUTREACH_NEARNESS = 0.6;
    /** For a person who can travel, a service that comes to them saves an ordinary trip: a venue 3 km away. */
    static final double OUTREACH_NEARNESS_CAN_TRAVEL = 0.5;
    static final double CLOSED_FACTOR = 0.5;
    static final double AVOID_FACTOR = 0.65;
    static final double AVERSION_CUT = 0.45;
    /** A venue for someone housebound, with nothing to get them there, keeps half its score. */
    static final double HOUSEBOUND_VENUE = 0.5;
    static final String HOUSEBOUND = "housebound";
    /** A peer group for people living with something the person did not speak of keeps this much. */
    static final double OTHERS_GROUP_FACTOR = 0.6;
    static final String PEER_SUPPORT = "peer-support";
    private static final List<Phrase> PEER_WORDS = List.of(Phrase.of("support group"), Phrase.of("peer support"));
    private static final String FOR = "for";

    private Ranking() {
    }

    static Optional<Judged> judge(Situation s, TopicWeights topicWeights, ServiceFacts f, Verdict verdict, Double venueKm) {
        List<String> reasons = new ArrayList<>();
        Set<String> cautions = new LinkedHashSet<>();
        double relevance = WITHOUT_TOPICS;
        if (s.hasTopics()) {
            double[] weights = topicWeights.of(s.topics());
            double strongest = 0;
            double best = 0;
            double weighted = 0;
            double total = 0;
            List<Scored> scored = new ArrayList<>();
            for (int i = 0; i < s.topics().size(); i++) {
                Topic topic = s.topics().get(i);
                double m = topicWeights.match(topic, f);
                strongest = Math.max(strongest, weights[i]);
                best = Math.max(best, m * weights[i]);
                weighted += weights[i] * m;
                total += weights[i];
                if (m >= REASON_MATCH) {
                    scored.add(new Scored(topic, m * weights[i]));
                }
            }
            relevance = 0.5 * (strongest == 0 ? 0 : best / strongest) + 0.5 * (total == 0 ? 0 : weighted / total);
            if (relevance < LEAST_RELEVANCE) {
                return Optional.empty();
            }
            scored.stream().sorted(Comparator.comparingDouble(Scored::match).reversed()).limit(3)
                    .forEach(t -> reasons.add(t.topic().reason()));
        }
        reasons.addAll(verdict.reasons());
        cautions.addAll(verdict.cautions());

        double bonus = 0;
        double factor = 1;
        boolean getsRound = false;
        boolean housebound = false;
        for (Preference p : s.preferences()) {
            housebound |= p.code().equals(HOUSEBOUND);
            List<String> fits = TopicMatch.found(f.fitText, p.fits());
            if (!fits.isEmpty()) {
                bonus += FIT_BONUS;
                reasons.add(p.reason());
                getsRound |= p.keepsIn();
            }
            List<String> access = p.accessibility().stream().filter(f.accessibility::contains).toList();
            if (!access.isEmpty()) {
                bonus += ACCESS_BONUS;
                access.stream().map(code -> accessName(f, code)).filter(name -> !alreadySaid(reasons, name))
                        .limit(2).forEach(reasons::add);
            }
            // Only the service's own words: its organisation may run something else that would not suit.
            List<String> avoid = TopicMatch.found(f.ownText, p.avoid());
            if (!avoid.isEmpty()) {
                factor *= AVOID_FACTOR;
                cautions.add("Mentions " + avoid.getFirst() + ": may not suit " + p.label().toLowerCase(Locale.UK));
            }
        }
        // Someone who cannot leave the house is helped by what comes to them, or gets them there, before any venue.
        if (housebound && !getsRound && (f.outreach == Outreach.NONE || f.outreach == Outreach.AREA_WIDE)) {
            factor *= HOUSEBOUND_VENUE;
            cautions.add("Meets at a venue: you said getting out of the house is hard");
        }
        for (ReadConcept aversion : s.aversions()) {
            Topic topic = Situations.topicOf(aversion, 1);
            double m = Math.max(TopicMatch.of(topic, f), aversion.concept().isTopical() ? 0
                    : TopicMatch.words(aversion.words(), f));
            if (m >= 0.5) {
                factor *= 1 - AVERSION_CUT * m;
                cautions.add(aversion.concept().label() + ": you said this is not for you");
            }
        }

        SaidTimes.Fit when = s.saidTimes().fit(f);
        when.reason().ifPresent(reasons::add);
        when.caution().ifPresent(cautions::add);
        factor *= when.factor();

        Optional<ReadConcept> otherAudience = s.otherAudiences().stream()
                .filter(c -> TopicMatch.anyIn(f.nameText, c.words())).findFirst();
        if (otherAudience.isPresent()) {
            factor *= OTHERS_GROUP_FACTOR;
            cautions.add(otherAudience.get().concept().label() + ": check it suits them");
        }
        Optional<ReadConcept> othersNeed = forOthers(s, f);
        if (othersNeed.isPresent()) {
            factor *= OTHERS_GROUP_FACTOR;
            cautions.add("A group for: " + othersNeed.get().concept().label().toLowerCase(Locale.UK)
                    + ", which you did not mention");
        }

        double distanceScore;
        Double shownKm = f.outreach.comesToYou() && f.outreach != Outreach.AREA_WIDE
                && HardConstraints.reaches(f, s.ward(), venueKm) ? null : venueKm;
        // Someone something keeps in (what brings transport alongside) cannot go further for a rarer kind of service.
        boolean keptIn = s.nearby() && !s.alongside().isEmpty();
        double pivot = keptIn ? NEARBY_PIVOT_KM
                : (s.nearby() ? NEARBY_PIVOT_KM : DISTANCE_PIVOT_KM) * (1 + rarest(s, topicWeights, f));
        if (HardConstraints.reaches(f, s.ward(), venueKm)) {
            // Nearer than a venue only for someone something keeps in (what brings transport alongside), not for
            // someone who would like a place close to home.
            distanceScore = keptIn ? OUTREACH_NEARNESS : OUTREACH_NEARNESS_CAN_TRAVEL;
            reasons.add(f.outreach.reason());
        } else if (venueKm != null) {
            distanceScore = 1 / (1 + Math.pow(venueKm / pivot, 2));
        } else {
            distanceScore = 0.5;
            cautions.add("Where it runs is not listed");
        }
        if (shownKm != null) {
            String km = String.format(Locale.UK, "%.1f km away", shownKm);
            if (shownKm <= (s.nearby() ? 2 : 5)) {
                reasons.add(km);
            } else if (shownKm > (s.nearby() ? 3 : 10)) {
                cautions.add(km);
            }
        }
        double capacity = switch (f.capacity.kind()) {
            case PLACES -> f.capacity.isFull() ? 0.3 : 1.0;
            case WAITING_LIST -> 0.3;
            case NOT_STATED -> 0.75;
        };
        if (f.capacity.kind() == Capacity.Kind.PLACES && !f.capacity.isFull()) {
            f.capacity.words().ifPresent(reasons::add);
        } else {
            f.capacity.words().ifPresent(words -> cautions.add(words));
        }
        double freshness = switch (f.freshness) {
            case CURRENT -> 1.0;
            case DUE_FOR_CHECK -> 0.6;
            case MAY_BE_OUT_OF_DATE -> 0.1;
        };
        if (f.freshness == Freshness.MAY_BE_OUT_OF_DATE) {
            cautions.add("Listing not confirmed for over a year: it may be out of date");
        }
        double cost;
        if (f.cost.free()) {
            cost = 1.0;
            reasons.add("Free");
        } else if (f.cost.cheapest() != null) {
            cost = s.wantsFree() ? 0.35 : 0.5;
            cautions.add("Costs " + f.cost.words());
        } else {
            cost = 0.6;
        }
        if (f.temporarilyClosed) {
            factor *= CLOSED_FACTOR;
            cautions.add(f.alert == null || f.alert.isBlank() ? "Temporarily closed" : "Temporarily closed: " + f.alert);
        }
        double distanceWeight = s.nearby() ? NEARBY_DISTANCE_WEIGHT : DISTANCE_WEIGHT;
        double other = 0.7 * (capacity + freshness) / 2 + 0.15 * UNKNOWN_REPLIES + 0.15 * cost;
        double score = ((1 - OTHER_SIGNALS) * Math.min(1.0, relevance * (1 + Math.min(MOST_BONUS, bonus)))
                + OTHER_SIGNALS * other) * (1 - distanceWeight * (1 - distanceScore)) * factor;
        return Optional.of(new Judged(f, relevance, clamp(score), shownKm, dedupe(reasons), List.copyOf(cautions)));
    }

    /**
     * How rare the rarest kind of service this one is about: people go further for a rare kind of service (a
     * breathing group) than for one found in every village (a walk), so distance counts for less.
     */
    private static double rarest(Situation s, TopicWeights topicWeights, ServiceFacts f) {
        return s.topics().stream().filter(t -> !t.otherWord())
                .filter(t -> topicWeights.match(t, f) >= TopicWeights.ABOUT)
                .mapToDouble(topicWeights::rarity).max().orElse(0);
    }

    /**
     * A peer group (run by and for people who share an experience: recorded so, or its name or its organisation
     * says so) whose name says a need the person did not speak of is for people living with it: a "stroke club"
     * for someone with arthritis, a cardiac exercise group for someone who wants an exercise class. So is any
     * service whose name says it is for that need ("exercise class for bad backs"). A need its name also says
     * that the person spoke of, or one sharing a need code with it, is the same experience ("heart condition
     * support" for a heart attack).
     */
    static Optional<ReadConcept> forOthers(Situation s, ServiceFacts f) {
        boolean peerGroup = f.needCodes.contains(PEER_SUPPORT) || TopicMatch.anyIn(f.nameText, PEER_WORDS)
                || TopicMatch.anyIn(f.organisationDescriptionText, PEER_WORDS);
        if (s.unspoken().isEmpty() || !(peerGroup || f.nameText.contains(FOR) || !f.ownersText.isEmpty())) {
            return Optional.empty();
        }
        List<Topic> spoken = s.topics().stream().filter(t -> TopicMatch.words(t.words(), f) >= TopicMatch.IN_NAME)
                .toList();
        return s.unspoken().stream()
                .filter(c -> c.phrases().stream().anyMatch(p -> peerGroup ? TopicMatch.in(f.nameText, p)
                        : saysFor(f, p) || TopicMatch.in(f.ownersText, p)))
                .filter(c -> spoken.stream().noneMatch(t -> t.needs().stream().anyMatch(c.concept().needs()::contains)))
                .findFirst();
    }

    /** The name says the phrase just after "for": "exercise class for bad backs". */
    private static boolean saysFor(ServiceFacts f, Phrase phrase) {
        return f.nameText.find(phrase, 0).stream().anyMatch(span -> !span.negated() && span.first() > 0
                && f.nameText.token(span.first() - 1).stem().equals(FOR));
    }

    /** The score again with the provider's reply rate known instead of the neutral guess. */
    static double withReplies(double score, double replies) {
        return clamp(score + OTHER_SIGNALS * 0.15 * (replies - UNKNOWN_REPLIES));
    }

    private static String accessName(ServiceFacts f, String code) {
        String name = f.accessibilityNames.get(code);
        if (name != null) {
            return name;
        }
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "Step free" says again what "Step-free", given for the hard constraint, said. */
    private static boolean alreadySaid(List<String> reasons, String name) {
        String plain = plain(name);
        return reasons.stream().map(Ranking::plain).anyMatch(plain::equals);
    }

    private static String plain(String words) {
        return words.toLowerCase(Locale.UK).replace('-', ' ');
    }

    private static List<String> dedupe(List<String> reasons) {
        return List.copyOf(new LinkedHashSet<>(reasons));
    }

    static double clamp(double score) {
        return Math.max(0, Math.min(1, score));
    }

    private record Scored(Topic topic, double match) {
    }
}
