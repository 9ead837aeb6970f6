package org.linkwork.matching.vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * What the vocabulary made of a text: the concepts heard in it, and the other words that say something
 * ("bowls", "chess"), which no concept covers but a listing may still mention.
 *
 * @param otherWords stems of the words no phrase covered, with each word as written
 */
public record Hearing(List<Heard> heard, List<Word> otherWords) {

    public Hearing {
        heard = List.copyOf(heard);
        otherWords = List.copyOf(otherWords);
    }

    public static Hearing nothing() {
        return new Hearing(List.of(), List.of());
    }

    public List<Heard> positive() {
        return heard.stream().filter(h -> !h.negated()).toList();
    }

    public List<Heard> negated() {
        return heard.stream().filter(Heard::negated).toList();
    }

    public Optional<Heard> find(String code) {
        return heard.stream().filter(h -> h.code().equals(code)).findFirst();
    }

    public record Word(String stem, String written) {
    }
}
