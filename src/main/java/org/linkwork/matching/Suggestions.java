package org.linkwork.matching;

import java.util.List;

/**
 * Suggests directory services for a described situation, best first. Nothing about the situation is kept.
 */
public interface Suggestions {

    /**
     * @throws org.linkwork.platform.InvalidInput naming each field of the request at fault, by its name in
     *                                            the JSON API ("postcode", "constraints.days[1]")
     */
    List<Suggestion> suggest(SuggestionRequest request);

    /**
     * The same suggestions, and when fewer than {@value #FEW} fit and are clearly about what the person spoke of
     * (or fewer than the limit, when it is lower), which hard constraints left services out and the services that
     * would fit without each relaxable one; when that finds none, without each pair of relaxable ones.
     *
     * @throws org.linkwork.platform.InvalidInput as {@link #suggest}
     */
    SuggestionsWithNearMisses suggestWithNearMisses(SuggestionRequest request);

    /**
     * Fewer suggestions than this (not counting those put alongside) bring near misses: three is the least that
     * gives a person a choice to talk through, and a list that short is where a constraint most often left out
     * what they came for.
     */
    int FEW = 3;
}
