package org.linkwork.matching.internal;

import java.util.List;
import java.util.Set;
import org.linkwork.matching.vocabulary.Phrase;

/**
 * Something a suggested service should be about: a need or activity heard in what matters, a need asked
 * for by code, or the person's other words.
 *
 * @param needs  needs codes of services about it
 * @param words  words of listings about it
 * @param weight how much it counts among the topics
 * @param reason the reason given to a service about it
 * @param said   those of its words the person said themselves ("woods" for someone who likes the woods)
 */
record Topic(String code, String label, Set<String> needs, List<Phrase> words, double weight, String reason,
        Set<String> accessibility, List<Phrase> said) {

    Topic(String code, String label, Set<String> needs, List<Phrase> words, double weight, String reason,
            Set<String> accessibility) {
        this(code, label, needs, words, weight, reason, accessibility, List.of());
    }

    /** The same topic, knowing which of its words the person said. */
    Topic saying(List<Phrase> saidWords) {
        return new Topic(code, label, needs, words, weight, reason, accessibility, List.copyOf(saidWords));
    }

    /** A need asked for by its code, rather than heard in what the person said. */
    boolean askedByCode() {
        return code.startsWith("need:");
    }

    /** A word no concept took, said in passing as often as not. */
    boolean otherWord() {
        return code.startsWith("word:");
    }
}
