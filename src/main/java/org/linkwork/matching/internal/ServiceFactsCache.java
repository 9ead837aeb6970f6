package org.linkwork.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;
import org.springframework.stereotype.Component;

/**
 * Reading a listing into {@link ServiceFacts} (its words stemmed, its access, outreach and times worked out)
 * costs more than fetching it, so the facts are kept for the day, for the listing exactly as it was read: a
 * changed listing (any field, its capacity or when it was confirmed) is read afresh. This holds directory
 * data only, never anything about a person.
 */
@Component
class ServiceFactsCache {

    static final int MOST_KEPT = 20_000;

    private record Kept(ServiceDetail detail, LocalDate day, ServiceFacts facts) {
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MOST_KEPT;
        }
    };

    ServiceFacts of(ServiceDetail detail, Map<String, TaxonomyTerm> needsById, LocalDate today, Instant now) {
        String id = detail.service().id();
        synchronized (kept) {
            Kept k = kept.get(id);
            if (k != null && k.day().equals(today) && k.detail().equals(detail)) {
                return k.facts();
            }
        }
        ServiceFacts facts = new ServiceFacts(detail, needsById, today, now);
        synchronized (kept) {
            kept.put(id, new Kept(detail, today, facts));
        }
        return facts;
    }
}
