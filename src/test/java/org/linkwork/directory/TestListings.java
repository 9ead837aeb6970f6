package org.linkwork.directory;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Listings made for a test, so that tests which change things leave the demo directory as it is.
 */
public final class TestListings {

    private final Directory directory;

    public TestListings(Directory directory) {
        this.directory = directory;
    }

    /** Signs a request in as a demo account, as the application itself would (with its organisation). */
    public static RequestPostProcessor signedInAs(UserDetailsService accounts, String username) {
        return user(accounts.loadUserByUsername(username));
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** A term of a taxonomy other than Linkwork's own, as an import might bring. */
    public String otherTaxonomyTerm() {
        String taxonomy = UUID.nameUUIDFromBytes("test-other-taxonomy".getBytes()).toString();
        directory.saveTaxonomy(new Taxonomy(taxonomy, "Another taxonomy", "From an import", null, "1"));
        String term = UUID.nameUUIDFromBytes("test-other-taxonomy-term".getBytes()).toString();
        directory.saveTaxonomyTerm(new TaxonomyTerm(term, "other", "Another term", "", null, taxonomy, null));
        return term;
    }

    public Organization organisation(String name, String charityNumber) {
        Organization organisation = new Organization(id(), name, "A test organisation", null, null, null, null, null,
                charityNumber == null ? List.of()
                        : List.of(new Organization.OrganizationIdentifier(id(), "GB-CHC", Organization.CHARITY_NUMBER,
                                charityNumber)));
        directory.saveOrganization(organisation);
        return organisation;
    }

    public Location location(String name, double latitude, double longitude) {
        Location location = new Location(id(), "physical", name, null, latitude, longitude, null, null,
                List.of(new Location.Address(id(), null, "1 Test Street", "Halifax", null, null, "HX1 1AA", "GB",
                        "physical")),
                List.of());
        directory.saveLocation(location);
        return location;
    }

    /** A free weekly service at a location, on {@code day} from {@code opens} for an hour. */
    public Service service(String organisationId, String name, Location at, String day, LocalTime opens) {
        Service service = new Service(id(), organisationId, name, "A test listing", null, null, "active", null, null,
                null, null, null, null, null, null,
                List.of(new Schedule(id(), null, null, null, "WEEKLY", 1, day, null, null, opens, opens.plusHours(1),
                        null, "in_person")),
                List.of(new ServiceArea(id(), "Calderdale", null, null, "linkwork:place:calderdale")),
                List.of(new Service.ServiceAtLocation(id(), at.id(), List.of())),
                List.of(new Language(id(), "English", "en", null)), List.of(),
                List.of(new CostOption(id(), null, null, "Free", BigDecimal.ZERO, "Free")),
                List.of(new Contact(id(), "Test Contact", null, null, "test@example.org",
                        List.of(new Contact.Phone(id(), "01632 960999", null)))),
                List.of(new Service.Attribute(id(), LinkworkTaxonomies.needId("walking"), "service", null),
                        new Service.Attribute(id(), LinkworkTaxonomies.accessibilityId("step-free"), "service", null),
                        new Service.Attribute(id(), otherTaxonomyTerm(), "service", null)));
        directory.saveService(service);
        return service;
    }
}
