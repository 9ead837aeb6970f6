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
 */
record Preference(String code, String label, List<Phrase> fits, Set<String> accessibility, List<Phrase> avoid,
        String reason) {
}
