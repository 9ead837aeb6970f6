package org.linkwork.directory.oruk;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Organization;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.directory.oruk.OrukBodies.ApiInfo;
import org.linkwork.directory.oruk.OrukBodies.OrganizationBody;
import org.linkwork.directory.oruk.OrukBodies.Page;
import org.linkwork.directory.oruk.OrukBodies.ServiceAtLocationBody;
import org.linkwork.directory.oruk.OrukBodies.ServiceBody;
import org.linkwork.directory.oruk.OrukBodies.TaxonomyBody;
import org.linkwork.directory.oruk.OrukBodies.TaxonomyTermBody;
import org.linkwork.place.Places;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Referral UK 3.0 API: public, read-only, no key. Lists are paged ({@code page} from 1,
 * {@code per_page} 50 by default, 500 at most) and carry one-to-one fields; single records are
 * fully nested. Unknown ids are 404 and bad parameters 400, as problem+json.
 */
@RestController
@RequestMapping(path = "/oruk/v3", produces = MediaType.APPLICATION_JSON_VALUE)
class OrukApiController {

    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
    static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    private final Directory directory;
    private final OrukQueries queries;
    private final Places places;

    OrukApiController(Directory directory, OrukQueries queries, Places places) {
        this.directory = directory;
        this.queries = queries;
        this.places = places;
    }

    @GetMapping({"", "/"})
    ApiInfo describeApi() {
        return new ApiInfo("3.0", PROFILE, OPENAPI_URL);
    }

    @GetMapping("/services")
    Page<ServiceBody> listServices(@RequestParam Map<String, String> query) {
        PageRequest page = PageRequest.of(query.get("page"), query.get("per_page"));
        requireJsonFormat(query);
        boolean full = flag(query, "full");
        OrukQueries.Found<String> found = queries.services(ServiceFilter.from(query), page);
        OrukWriter writer = writer();
        List<ServiceBody> contents = directory.serviceDetails(found.items()).stream()
                .map(d -> full ? writer.fullService(d) : writer.listedService(d))
                .toList();
        return Page.of(found.total(), page, contents);
    }

    @GetMapping("/services/{id}")
    ServiceBody showService(@PathVariable String id) {
        return writer().fullService(directory.serviceDetail(id));
    }

    @GetMapping("/service_at_locations")
    Page<ServiceAtLocationBody> listServicesAtLocations(@RequestParam Map<String, String> query) {
        PageRequest page = PageRequest.of(query.get("page"), query.get("per_page"));
        requireJsonFormat(query);
        boolean full = flag(query, "full");
        ServiceFilter filter = ServiceFilter.from(query);
        Optional<OrukQueries.Near> near = near(query.get("postcode"), query.get("proximity"));
        OrukQueries.Found<OrukQueries.ServiceAtLocationRow> found = queries.servicesAtLocations(filter, near, page);
        Set<String> serviceIds = found.items().stream().map(OrukQueries.ServiceAtLocationRow::serviceId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, ServiceDetail> details = directory.serviceDetails(serviceIds).stream()
                .collect(Collectors.toMap(d -> d.service().id(), Function.identity()));
        OrukWriter writer = writer();
        List<ServiceAtLocationBody> contents = found.items().stream()
                .filter(row -> details.containsKey(row.serviceId()))
                .map(row -> writer.serviceAtLocation(row.id(), details.get(row.serviceId()), row.locationId(), full))
                .toList();
        return Page.of(found.total(), page, contents);
    }

    @GetMapping("/service_at_locations/{id}")
    ServiceAtLocationBody showServiceAtLocation(@PathVariable String id) {
        OrukQueries.ServiceAtLocationRow row = queries.serviceAtLocation(id)
                .orElseThrow(() -> new NotFound("Service at location", id));
        return writer().serviceAtLocation(row.id(), directory.serviceDetail(row.serviceId()), row.locationId(), true);
    }

    @GetMapping("/organizations")
    Page<OrganizationBody> listOrganizations(@RequestParam Map<String, String> query) {
        PageRequest page = PageRequest.of(query.get("page"), query.get("per_page"));
        String search = ServiceFilter.blankToNull(query.getOrDefault("search", query.get("text")));
        OrukQueries.Found<Organization> found = queries.organizations(search, page);
        OrukWriter writer = writer();
        return Page.of(found.total(), page, found.items().stream().map(o -> writer.organization(o, false)).toList());
    }

    /** An organisation with its services: in list form, or whole with {@code full_service=true}. */
    @GetMapping("/organizations/{id}")
    OrganizationBody showOrganization(@PathVariable String id, @RequestParam Map<String, String> query) {
        Organization organization = directory.findOrganization(id).orElseThrow(() -> new NotFound("Organization", id));
        boolean full = flag(query, "full_service");
        List<String> serviceIds = directory.servicesOf(id).stream().map(s -> s.id()).toList();
        OrukWriter writer = writer();
        List<ServiceBody> services = directory.serviceDetails(serviceIds).stream()
                .map(d -> full ? writer.fullService(d) : writer.listedService(d))
                .map(s -> withoutOrganization(s))
                .toList();
        return writer.organizationWithServices(organization, services);
    }

    @GetMapping("/taxonomies")
    Page<TaxonomyBody> listTaxonomies(@RequestParam Map<String, String> query) {
        PageRequest page = PageRequest.of(query.get("page"), query.get("per_page"));
        OrukQueries.Found<Taxonomy> found = queries.taxonomies(page);
        OrukWriter writer = writer();
        return Page.of(found.total(), page, found.items().stream().map(t -> writer.taxonomy(t, null)).toList());
    }

    @GetMapping("/taxonomies/{id}")
    TaxonomyBody showTaxonomy(@PathVariable String id) {
        Taxonomy taxonomy = directory.taxonomies().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Taxonomy", id));
        return writer().taxonomy(taxonomy, directory.taxonomyTerms(id));
    }

    @GetMapping("/taxonomy_terms")
    Page<TaxonomyTermBody> listTaxonomyTerms(@RequestParam Map<String, String> query) {
        PageRequest page = PageRequest.of(query.get("page"), query.get("per_page"));
        OrukQueries.Found<TaxonomyTerm> found = queries.terms(ServiceFilter.blankToNull(query.get("taxonomy_id")),
                ServiceFilter.blankToNull(query.get("vocabulary")), ServiceFilter.blankToNull(query.get("parent_id")),
                flag(query, "top_only"), ServiceFilter.blankToNull(query.getOrDefault("search", query.get("text"))),
                page);
        OrukWriter writer = writer();
        return Page.of(found.total(), page, found.items().stream().map(writer::term).toList());
    }

    @GetMapping("/taxonomy_terms/{id}")
    TaxonomyTermBody showTaxonomyTerm(@PathVariable String id) {
        return writer().term(directory.findTaxonomyTerm(id).orElseThrow(() -> new NotFound("Taxonomy term", id)));
    }

    private OrukWriter writer() {
        return new OrukWriter(queries.taxonomyNames());
    }

    private Optional<OrukQueries.Near> near(String postcode, String proximity) {
        Double metres = null;
        if (ServiceFilter.blankToNull(proximity) != null) {
            try {
                metres = Double.parseDouble(proximity.strip());
            } catch (NumberFormatException e) {
                metres = -1.0;
            }
            if (metres <= 0 || metres.isInfinite() || metres.isNaN()) {
                throw new InvalidInput("proximity", "proximity must be a distance in metres, more than 0");
            }
        }
        if (ServiceFilter.blankToNull(postcode) == null) {
            if (metres != null) {
                throw new InvalidInput("proximity", "Give a postcode to measure the proximity from");
            }
            return Optional.empty();
        }
        return Optional.of(new OrukQueries.Near(places.locate("postcode", postcode).point(), metres));
    }

    private static ServiceBody withoutOrganization(ServiceBody s) {
        return new ServiceBody(s.id(), s.organizationId(), s.name(), s.description(), s.url(), s.email(), s.status(),
                s.fees(), s.accreditations(), s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(),
                s.alert(), s.lastModified(), s.schedules(), s.serviceAreas(), s.serviceAtLocations(), s.languages(),
                null, s.funding(), s.costOptions(), s.contacts(), s.attributes());
    }

    private static boolean flag(Map<String, String> query, String name) {
        String value = ServiceFilter.blankToNull(query.get(name));
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInput(name, name + " must be true or false");
    }

    private static void requireJsonFormat(Map<String, String> query) {
        String format = ServiceFilter.blankToNull(query.get("format"));
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new InvalidInput("format", "Only the json format is offered");
        }
    }
}
