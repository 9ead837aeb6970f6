package org.linkwork.directory;

import java.time.Instant;
import java.util.List;

/**
 * A service as a list of search results shows it: everything here comes from the search index,
 * without reading the database.
 *
 * @param snippet           a short part of the description, around the words searched for
 * @param distanceKm        to the service's nearest location, when the query gave a point and
 *                          the service has a location; otherwise null
 * @param place             the town or venue of that location (or of its first), or null
 * @param when              when it usually runs, in words ("Tuesdays 10am to 11am"), or null
 * @param cost              "Free", "£3 a session", "From £2.50 a session", or null when unknown
 * @param accessibility     names of its accessibility features
 * @param temporarilyClosed status "temporarily closed": shown, but ranked lower
 * @param capacity          "3 places left", "Waiting list" (see {@link Capacity#words()}), or null when not stated
 */
public record SearchHit(String serviceId, String name, String organizationId, String organizationName,
        String snippet, Double distanceKm, String place, String when, String cost, boolean free,
        List<String> accessibility, Freshness freshness, Instant lastVerifiedAt, boolean temporarilyClosed,
        String capacity) {

    public SearchHit {
        accessibility = List.copyOf(accessibility);
    }

    public boolean mayBeOutOfDate() {
        return freshness == Freshness.MAY_BE_OUT_OF_DATE;
    }
}
