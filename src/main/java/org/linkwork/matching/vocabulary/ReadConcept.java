package org.linkwork.matching.vocabulary;

import java.util.List;

/**
 * A concept with its phrases and words read into stems, once for every text they are looked for in.
 */
public record ReadConcept(Concept concept, List<Phrase> phrases, List<Phrase> words, List<Phrase> avoid) {

    public ReadConcept {
        phrases = List.copyOf(phrases);
        words = List.copyOf(words);
        avoid = List.copyOf(avoid);
    }

    static ReadConcept of(Concept concept) {
        return new ReadConcept(concept, read(concept.phrases()), read(concept.words()), read(concept.avoid()));
    }

    public String code() {
        return concept.code();
    }

    private static List<Phrase> read(List<String> texts) {
        return texts.stream().map(Phrase::of).filter(p -> !p.isEmpty()).toList();
    }
}
