package org.linkwork.matching.vocabulary;

import java.util.List;

/**
 * A phrase of the vocabulary as written and as stems.
 */
public record Phrase(String text, List<String> stems) {

    public Phrase {
        stems = List.copyOf(stems);
    }

    public static Phrase of(String text) {
        return new Phrase(text, Tokens.stems(text));
    }

    public boolean saysNot() {
        return stems.contains(Tokens.NOT);
    }

    public boolean isEmpty() {
        return stems.isEmpty();
    }
}
