package org.linkwork.matching.internal;

import java.util.List;
import java.util.Set;
import org.linkwork.matching.vocabulary.Phrase;

/**
 * How the person would like a service run, from a barrier or preference they spoke of (or from a need, such
 * as seated options for joint pain): words of listings that suit, accessibility codes that suit, and words of
 * listings that may not.
 *
 * @param reason given when a listing has the words that suit
 * @param keepsIn whether it is something that keeps the person in (what brings transport alongside), so that the
 *        listing words that suit it are ones that come to them or get them there
 */
record Preference(String code, String label, List<Phrase> fits, Set<String> accessibility, List<Phrase> avoid,
        String reason, boolean keepsIn) {
}
