package org.linkwork.matching.vocabulary;

import java.util.List;

/**
 * A concept heard in what someone said.
 *
 * @param negated  every time it was heard, it was with a "not" or "hate" before it ("I don't like groups")
 * @param phrases  the phrases of the concept that were heard
 * @param context  an activity heard only as what brings a need on ("breathless walking up the hill", "my back
 *                 hurts when I garden"): the setting of the need, not something the person asked for; or a need heard only
 *                 as what keeps them in ("the buses are hard with her hip"): why they cannot get out
 * @param mentions how many places in what was said it was heard in, not against ("UC sanction, bailiffs' letters
 *                 about council tax" is money three times)
 */
public record Heard(ReadConcept read, boolean negated, List<String> phrases, boolean context, int mentions) {

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
