package org.linkwork.matching.vocabulary;

import java.util.List;

/**
 * A concept heard in what someone said.
 *
 * @param negated  every time it was heard, it was with a "not" or "hate" before it ("I don't like groups")
 * @param phrases  the phrases of the concept that were heard
 */
public record Heard(ReadConcept read, boolean negated, List<String> phrases) {

    public Heard {
        phrases = List.copyOf(phrases);
    }

    public Concept concept() {
        return read.concept();
    }

    public String code() {
        return read.code();
    }
}
