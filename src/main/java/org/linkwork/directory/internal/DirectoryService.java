package org.linkwork.directory.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwork.directory.Capacity;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceChanged;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class DirectoryService implements Directory {

    private final Organizations organizations;
    private final Locations locations;
    private final Services services;
    private final Taxonomies taxonomies;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    /**
     * Every search page lists the needs and accessibility terms, which change a few times a year:
     * they are read from the database at most once a minute (sooner on this node after a change here).
     */
    private final Map<String, CachedTerms> termsCache = new ConcurrentHashMap<>();
    private static final Duration TERMS_KEPT_FOR = Duration.ofMinutes(1);

    private record CachedTerms(List<TaxonomyTerm> terms, Instant loadedAt) {
    }
    private final Capacities capacities;

    DirectoryService(Organizations organizations, Locations locations, Services services, Taxonomies taxonomies,
            ChangeLog changeLog, ApplicationEventPublisher events, Capacities capacities) {
        this.capacities = capacities;
        this.organizations = organizations;
        this.locations = locations;
        this.services = services;
        this.taxonomies = taxonomies;
        this.changeLog = changeLog;
        this.events = events;
    }

    @Override
    public Optional<Organization> findOrganization(String id) {
        return organizations.find(id);
    }

    @Override
    public Optional<Location> findLocation(String id) {
        return locations.find(id);
    }

    @Override
    public Optional<Service> findService(String id) {
        return services.find(id).map(Services.Row::service);
    }

    @Override
    public ServiceDetail serviceDetail(String id) {
        return serviceDetails(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("Service", id));
    }

    @Override
    public List<ServiceDetail> serviceDetails(Collection<String> ids) {
        List<Services.Row> rows = services.findAll(ids);
        Set<String> organizationIds = rows.stream().map(r -> r.service().organizationId()).collect(Collectors.toSet());
        Set<String> locationIds = new HashSet<>();
        Set<String> termIds = new HashSet<>();
        rows.forEach(r -> {
            locationIds.addAll(r.service().locationIds());
            termIds.addAll(r.service().taxonomyTermIds());
        });
        Map<String, Organization> orgs = organizations.findAll(organizationIds).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        Map<String, Location> locs = locations.findAll(locationIds).stream()
                .collect(Collectors.toMap(Location::id, Function.identity()));
        Map<String, TaxonomyTerm> terms = taxonomies.terms(termIds).stream()
                .collect(Collectors.toMap(TaxonomyTerm::id, Function.identity()));
        Map<String, Services.Row> byId = rows.stream().collect(Collectors.toMap(r -> r.service().id(), Function.identity()));
        Map<String, Capacity> capacityOf = capacities.of(byId.keySet());
        List<ServiceDetail> details = new ArrayList<>(rows.size());
        for (String id : ids) {
            Services.Row row = byId.get(id);
            if (row != null) {
                Service s = row.service();
                details.add(new ServiceDetail(s, orgs.get(s.organizationId()),
                        s.locationIds().stream().map(locs::get).filter(java.util.Objects::nonNull).toList(),
                        s.taxonomyTermIds().stream().map(terms::get).filter(java.util.Objects::nonNull).toList(),
                        row.lastVerifiedAt(), capacityOf.get(id)));
            }
        }
        return details;
    }

    @Override
    public void forEachService(int batchSize, Consumer<List<ServiceDetail>> batch) {
        String after = "";
        while (true) {
            List<String> ids = services.idsAfter(after, batchSize);
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(serviceDetails(ids));
            after = ids.getLast();
        }
    }

    @Override
    public List<Organization> organizations(int offset, int limit) {
        return organizations.page(offset, limit);
    }

    @Override
    public long countOrganizations() {
        return organizations.count();
    }

    @Override
    public List<Service> servicesOf(String organizationId) {
        List<String> ids = services.idsOfOrganization(organizationId);
        Map<String, Service> byId = services.findAll(ids).stream()
                .collect(Collectors.toMap(r -> r.service().id(), Services.Row::service));
        return ids.stream().map(byId::get).toList();
    }

    @Override
    @Transactional
    public void saveOrganization(Organization organization) {
        ListingRules.check(organization);
        if (organization.parentOrganizationId() != null
                && organizations.find(organization.parentOrganizationId()).isEmpty()) {
            throw new InvalidInput("parent_organization_id", "There is no organisation " + organization.parentOrganizationId());
        }
        organizations.upsert(organization);
        services.idsOfOrganization(organization.id()).forEach(this::changed);
    }

    @Override
    @Transactional
    public void saveLocation(Location location) {
        ListingRules.check(location);
        locations.upsert(location);
        locations.serviceIdsAt(location.id()).forEach(this::changed);
    }

    @Override
    @Transactional
    public void saveService(Service service) {
        ListingRules.check(service);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (organizations.find(service.organizationId()).isEmpty()) {
            problems.add(new InvalidInput.FieldProblem("organization_id", "There is no organisation " + service.organizationId()));
        }
        List<String> locationIds = service.locationIds();
        Set<String> known = locations.findAll(locationIds).stream().map(Location::id).collect(Collectors.toSet());
        for (int i = 0; i < locationIds.size(); i++) {
            if (!known.contains(locationIds.get(i))) {
                problems.add(new InvalidInput.FieldProblem("service_at_locations[" + i + "].location_id",
                        "There is no location " + locationIds.get(i)));
            }
        }
        for (String missing : taxonomies.missingTermIds(service.taxonomyTermIds())) {
            problems.add(new InvalidInput.FieldProblem("attributes", "There is no taxonomy term " + missing));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        services.upsert(service, false);
        changed(service.id());
    }

    @Override
    @Transactional
    public void confirmListing(String serviceId) {
        if (services.find(serviceId).isEmpty()) {
            throw new NotFound("Service", serviceId);
        }
        services.markVerified(serviceId);
        changed(serviceId);
    }

    @Override
    public Capacity capacity(String serviceId) {
        return capacities.of(List.of(serviceId)).getOrDefault(serviceId, Capacity.NOT_STATED);
    }

    @Override
    @Transactional
    public void setCapacity(String serviceId, Capacity capacity) {
        if (services.find(serviceId).isEmpty()) {
            throw new NotFound("Service", serviceId);
        }
        capacities.save(serviceId, capacity == null ? Capacity.NOT_STATED : capacity);
        changed(serviceId);
    }

    @Override
    @Transactional
    public Capacity takePlace(String serviceId) {
        if (capacities.takePlace(serviceId)) {
            changed(serviceId);
        }
        return capacity(serviceId);
    }

    @Override
    public List<Taxonomy> taxonomies() {
        return taxonomies.all();
    }

    @Override
    public List<TaxonomyTerm> taxonomyTerms(String taxonomyId) {
        CachedTerms cached = termsCache.get(taxonomyId == null ? "" : taxonomyId);
        if (cached != null && cached.loadedAt().plus(TERMS_KEPT_FOR).isAfter(Instant.now())) {
            return cached.terms();
        }
        List<TaxonomyTerm> terms = List.copyOf(taxonomies.terms(taxonomyId));
        termsCache.put(taxonomyId == null ? "" : taxonomyId, new CachedTerms(terms, Instant.now()));
        return terms;
    }

    @Override
    public Optional<TaxonomyTerm> findTaxonomyTerm(String id) {
        return taxonomies.term(id);
    }

    @Override
    public Optional<TaxonomyTerm> termByCode(String taxonomyId, String code) {
        return taxonomies.termByCode(taxonomyId, code);
    }

    @Override
    @Transactional
    public void saveTaxonomy(Taxonomy taxonomy) {
        if (taxonomy.id() == null || taxonomy.id().isBlank() || taxonomy.name() == null || taxonomy.name().isBlank()) {
            throw new InvalidInput("name", "A taxonomy needs an id and a name");
        }
        taxonomies.upsert(taxonomy);
        termsCache.clear();
    }

    @Override
    @Transactional
    public void saveTaxonomyTerm(TaxonomyTerm term) {
        if (term.id() == null || term.id().isBlank() || term.name() == null || term.name().isBlank()) {
            throw new InvalidInput("name", "A taxonomy term needs an id and a name");
        }
        if (term.taxonomyId() != null && taxonomies.all().stream().noneMatch(t -> t.id().equals(term.taxonomyId()))) {
            throw new InvalidInput("taxonomy_id", "There is no taxonomy " + term.taxonomyId());
        }
        taxonomies.upsert(term);
        termsCache.clear();
    }

    private void changed(String serviceId) {
        changeLog.serviceChanged(serviceId);
        events.publishEvent(new ServiceChanged(serviceId));
    }
}
