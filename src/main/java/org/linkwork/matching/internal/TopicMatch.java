package org.linkwork.matching.internal;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.matching.vocabulary.TokenText;

/**
 * How strongly a service is about a topic, from 0 to 1: recorded with one of the topic's needs, or saying
 * its words in its name (strongest), its taxonomy terms, its description or its organisation's name.
 */
final class TopicMatch {

    /** A need code alone says less than words: concepts often point to needs broader than themselves. */
    static final double NEED = 0.6;
    static final double IN_NAME = 1.0;
    static final double IN_TERMS = 0.8;
    static final double IN_DESCRIPTION = 0.6;
    /**
     * For each further word of the topic a description says, counted by its stems: "breathing", "breath" and
     * "breathe" are one word said once, not three.
     */
    static final double MORE_IN_DESCRIPTION = 0.1;
    static final double MOST_IN_DESCRIPTION = 0.8;
    static final double IN_ORGANISATION = 0.45;
    static final double BOTH = 0.15;
    /** For the person's own word in the listing's name or description. */
    static final double SAID = 0.1;

    private TopicMatch() {
    }

    static double of(Topic topic, ServiceFacts service) {
        return of(topic, service, code -> NEED);
    }

    /** @param needStrength how much being recorded with each of the topic's needs says the service is about it */
    static double of(Topic topic, ServiceFacts service, ToDoubleFunction<String> needStrength) {
        double need = topic.needs().stream().filter(service.needCodes::contains).mapToDouble(needStrength).max()
                .orElse(0);
        double words = words(topic.words(), service);
        double strength = Math.max(need, words);
        double match = need > 0 && words > 0 ? Math.min(1.0, strength + BOTH) : strength;
        // The person's own word in the listing ("woods" to someone who likes the woods) fits better than
        // another of the topic's (a garden).
        return anyIn(service.nameText, topic.said()) || anyIn(service.descriptionText, topic.said())
                ? Math.min(1.0, match + SAID) : match;
    }

    static double words(List<Phrase> words, ServiceFacts service) {
        if (words.isEmpty()) {
            return 0;
        }
        if (anyIn(service.nameText, words)) {
            return IN_NAME;
        }
        double best = anyIn(service.termText, words) ? IN_TERMS : 0;
        long inDescription = words.stream().filter(w -> in(service.descriptionText, w)).map(Phrase::stems).distinct()
                .count();
        if (inDescription > 0) {
            best = Math.max(best, Math.min(MOST_IN_DESCRIPTION, IN_DESCRIPTION + MORE_IN_DESCRIPTION * (inDescription - 1)));
        }
        if (best == 0 && anyIn(service.organisationText, words)) {
            best = IN_ORGANISATION;
        }
        return best;
    }

    static boolean anyIn(TokenText text, List<Phrase> words) {
        return words.stream().anyMatch(w -> in(text, w));
    }

    /** The word, said without a "not" before it: "no running" does not say "running". */
    static boolean in(TokenText text, Phrase word) {
        return text.find(word, 0).stream().anyMatch(span -> !span.negated());
    }

    static List<String> found(TokenText text, List<Phrase> words) {
        return words.stream().filter(w -> in(text, w)).map(Phrase::text).distinct().toList();
    }

    static boolean anyNeed(Set<String> needs, ServiceFacts service) {
        return needs.stream().anyMatch(service.needCodes::contains);
    }
}
