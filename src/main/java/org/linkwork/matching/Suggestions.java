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
}
