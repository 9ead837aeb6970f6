package org.linkwork.matching.vocabulary;

import java.util.List;
import java.util.UUID;

/**
 * One entry of the concept vocabulary: the ordinary words people use for something ("my knees hurt on the
 * stairs") and what it points to in a directory.
 *
 * @param code          stable key, lower case with hyphens ("msk", "transport-barrier")
 * @param label         its name for people ("Joint, back or muscle pain")
 * @param phrases       what people say; matched in what matters to the person, with English stemming
 * @param needs         needs taxonomy codes of services that fit
 * @param words         words of a listing (name, description, taxonomy terms) that show it fits; for a
 *                      barrier, words of a listing that get round it ("transport can be arranged")
 * @param accessibility accessibility taxonomy codes of services that suit
 * @param avoid         words of a listing that show it may not suit ("uneven ground")
 * @param alongside     codes of concepts whose services are suggested alongside the rest (a transport barrier
 *                      brings community transport)
 * @param nearby        whether distance should count for more (the person cannot travel far)
 * @param reason        the reason given when a service fits; blank for the kind's usual words
 * @param version       for optimistic locking of edits
 */
public record Concept(UUID id, String code, String label, ConceptKind kind, List<String> phrases, List<String> needs,
        List<String> words, List<String> accessibility, List<String> avoid, List<String> alongside, boolean nearby,
        String reason, boolean enabled, int version) {

    public Concept {
        phrases = copy(phrases);
        needs = copy(needs);
        words = copy(words);
        accessibility = copy(accessibility);
        avoid = copy(avoid);
        alongside = copy(alongside);
        reason = reason == null ? "" : reason.strip();
    }

    /** The reason a fitting service is given: "Gardening: matches what you enjoy". */
    public String reasonText() {
        return reason.isEmpty() ? label + ": " + kind.usualReason() : reason;
    }

    public boolean isTopical() {
        return kind != ConceptKind.BARRIER;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of()
                : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }
}
