package org.linkwork.matching;

import java.util.List;

/**
 * A service that fits, with why and what might not.
 *
 * @param serviceId        the directory's (and so the Open Referral UK API's) id of the service
 * @param score            0 to 1; higher fits better
 * @param distanceKm       to its nearest venue, or null when it has none or comes to the person
 * @param reasons          why it fits, in plain English ("Gardening: matches what you enjoy", "Step-free")
 * @param cautions         what might not fit ("Costs £3 a session")
 * @param when             when it runs, in words, or null when not listed
 * @param alongside        suggested alongside the others to get round a barrier (community transport)
 */
public record Suggestion(String serviceId, String name, String organisationName, double score, Double distanceKm,
        List<String> reasons, List<String> cautions, String when, boolean alongside) {

    public Suggestion {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }
}
