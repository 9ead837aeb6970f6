package org.linkwork.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service with everything it refers to, as shown on its page and served by the ORUK API.
 *
 * @param lastVerifiedAt when the provider or an administrator last confirmed the listing
 * @param capacity       places left, a waiting list, or not stated
 */
public record ServiceDetail(Service service, Organization organization, List<Location> locations,
        List<TaxonomyTerm> terms, Instant lastVerifiedAt, Capacity capacity) {

    public ServiceDetail {
        capacity = capacity == null ? Capacity.NOT_STATED : capacity;
    }

    /** A service whose capacity is not stated. */
    public ServiceDetail(Service service, Organization organization, List<Location> locations,
            List<TaxonomyTerm> terms, Instant lastVerifiedAt) {
        this(service, organization, locations, terms, lastVerifiedAt, Capacity.NOT_STATED);
    }

    public Optional<Location> location(String id) {
        return locations.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public boolean hasTerm(String code) {
        return terms.stream().anyMatch(t -> code.equals(t.code()));
    }
}
