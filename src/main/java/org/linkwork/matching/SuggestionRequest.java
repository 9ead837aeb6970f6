package org.linkwork.matching;

import java.util.List;
import org.linkwork.place.GeoPoint;

/**
 * A situation to suggest services for. Exactly one of {@code postcode} and {@code location} says where the
 * person is; everything else is optional.
 *
 * @param whatMatters in the person's or the link worker's own words
 * @param needs       needs taxonomy codes (Linkwork's, or of a taxonomy imported into the directory)
 * @param limit       how many suggestions at most, 1 to {@value #MAX_LIMIT}
 */
public record SuggestionRequest(String postcode, GeoPoint location, String whatMatters, List<String> needs,
        Constraints constraints, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    public SuggestionRequest {
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip();
        whatMatters = whatMatters == null || whatMatters.isBlank() ? null : whatMatters.strip();
        needs = needs == null ? List.of() : List.copyOf(needs);
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    public static SuggestionRequest at(String postcode, String whatMatters) {
        return new SuggestionRequest(postcode, null, whatMatters, List.of(), Constraints.NONE, DEFAULT_LIMIT);
    }
}
