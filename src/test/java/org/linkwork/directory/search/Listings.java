package org.linkwork.directory.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;

/**
 * Listings made in memory for tests of the index, without a database.
 */
final class Listings {

    static final Organization ORGANIZATION = new Organization("org-1", "Calder Valley Together", null, null, null,
            null, null, null, List.of());

    static final TaxonomyTerm PHYSICAL_ACTIVITY = need("physical-activity", null, "Physical activity");
    static final TaxonomyTerm WALKING = need("walking", "physical-activity", "Walking");
    static final TaxonomyTerm MSK = need("msk-friendly-exercise", null, "MSK-friendly exercise");
    static final TaxonomyTerm CHAIR_BASED = need("chair-based-exercise", "msk-friendly-exercise", "Chair-based exercise");
    static final TaxonomyTerm LONELINESS = need("loneliness-social-connection", null, "Loneliness and social connection");
    static final TaxonomyTerm WHEELCHAIR = term(LinkworkTaxonomies.ACCESSIBILITY, "wheelchair-accessible", null,
            "Wheelchair accessible");
    static final TaxonomyTerm HEARING_LOOP = term(LinkworkTaxonomies.ACCESSIBILITY, "hearing-loop", null, "Hearing loop");
    static final TaxonomyTerm CARERS = term(LinkworkTaxonomies.ELIGIBILITY, "carers", null, "Carers");

    static final Vocabulary VOCABULARY = new Vocabulary(List.of(PHYSICAL_ACTIVITY, WALKING, MSK, CHAIR_BASED,
            LONELINESS, WHEELCHAIR, HEARING_LOOP, CARERS));

    private final String id = UUID.randomUUID().toString();
    private String name = "A service";
    private String description;
    private String status = "active";
    private Integer minimumAge;
    private Integer maximumAge;
    private final List<Schedule> schedules = new ArrayList<>();
    private final List<CostOption> costs = new ArrayList<>();
    private final List<TaxonomyTerm> terms = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private Instant lastVerified = Instant.parse("2026-06-01T09:00:00Z");
    private Organization organization = ORGANIZATION;

    static Listings service(String name) {
        Listings l = new Listings();
        l.name = name;
        return l;
    }

    Listings described(String description) {
        this.description = description;
        return this;
    }

    Listings status(String status) {
        this.status = status;
        return this;
    }

    Listings ages(Integer minimum, Integer maximum) {
        this.minimumAge = minimum;
        this.maximumAge = maximum;
        return this;
    }

    Listings weekly(String byday, LocalTime opens, LocalTime closes) {
        schedules.add(new Schedule(UUID.randomUUID().toString(), null, null, null, "WEEKLY", 1, byday, null, null,
                opens, closes, null, "in_person"));
        return this;
    }

    Listings monthly(String byday, LocalTime opens, LocalTime closes) {
        schedules.add(new Schedule(UUID.randomUUID().toString(), null, null, null, "MONTHLY", 1, byday, null, null,
                opens, closes, null, "in_person"));
        return this;
    }

    Listings costs(String option, String pounds) {
        costs.add(new CostOption(UUID.randomUUID().toString(), null, null, option,
                pounds == null ? null : new BigDecimal(pounds), null));
        return this;
    }

    Listings tagged(TaxonomyTerm... terms) {
        this.terms.addAll(List.of(terms));
        return this;
    }

    Listings at(String name, double latitude, double longitude) {
        locations.add(new Location(UUID.randomUUID().toString(), "physical", name, null, latitude, longitude, null,
                null, List.of(new Location.Address(null, null, "1 High Street", name, null, null, "HX1 1AA", "GB",
                        "physical")), List.of()));
        return this;
    }

    Listings verified(Instant when) {
        this.lastVerified = when;
        return this;
    }

    Listings by(Organization organization) {
        this.organization = organization;
        return this;
    }

    String id() {
        return id;
    }

    ServiceDetail detail() {
        List<Service.ServiceAtLocation> at = locations.stream()
                .map(l -> new Service.ServiceAtLocation(UUID.randomUUID().toString(), l.id(), List.of())).toList();
        List<Service.Attribute> attributes = terms.stream()
                .map(t -> new Service.Attribute(UUID.randomUUID().toString(), t.id(), "service", null)).toList();
        Service service = new Service(id, organization.id(), name, description, null, null, status, null, null,
                minimumAge, maximumAge, null, null, null, null, schedules, List.of(), at, List.of(), List.of(), costs,
                List.of(), attributes);
        return new ServiceDetail(service, organization, locations, terms, lastVerified);
    }

    static TaxonomyTerm need(String code, String parentCode, String name) {
        return term(LinkworkTaxonomies.NEEDS, code, parentCode, name);
    }

    static TaxonomyTerm term(String taxonomy, String code, String parentCode, String name) {
        return new TaxonomyTerm(LinkworkTaxonomies.termId(taxonomy, code), code, name, "", parentCode == null ? null
                : LinkworkTaxonomies.termId(taxonomy, parentCode), taxonomy, null);
    }
}
