package org.linkwork.directory.oruk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Funding;
import org.linkwork.directory.Language;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.platform.InvalidInput;
import tools.jackson.databind.JsonNode;

/**
 * Reads one service of an ORUK file into the directory's records.
 *
 * <p><b>ORUK 3.0</b> maps field for field: the service with its nested {@code organization},
 * {@code service_at_locations[].location} (with {@code addresses} and {@code accessibility}),
 * {@code schedules}, {@code cost_options}, {@code contacts[].phones}, {@code languages},
 * {@code service_areas}, {@code funding} and {@code attributes[].taxonomy_term}. A term's
 * taxonomy is its {@code taxonomy_id}, or else a taxonomy named by its {@code taxonomy} text (with
 * an id derived from that name); a taxonomy not yet in the directory is created. A service may
 * instead name an organisation, location or term already in the directory by
 * {@code organization_id}, {@code location_id} or {@code taxonomy_term_id}. Not kept:
 * {@code schedule_link} and attributes on anything but the service.
 *
 * <p><b>ORUK 1.0</b> is mapped onto the same records:
 * <ul>
 * <li>{@code organization}: as 3.0, with {@code url} as the website and {@code charity_number} or
 * {@code company_number} as an organisation identifier (GB-CHC, GB-COH);
 * <li>{@code locations[]} or {@code service_at_locations[].location}: {@code physical_addresses}
 * become {@code addresses}, {@code accessibility_for_disabilities[].accessibility} becomes an
 * accessibility description;
 * <li>{@code regular_schedules[]} (of the service or of a service at location): weekly schedules,
 * {@code weekday} 1 to 7 (Monday is 1, as in ISO 8601) or a day's name becomes {@code byday};
 * {@code opens_at}, {@code closes_at}, {@code valid_from}, {@code valid_to} and
 * {@code description} carry over; the service's {@code attending_type} goes onto each schedule;
 * <li>{@code eligibilitys[]}: the lowest {@code minimum_age} and highest {@code maximum_age} become
 * the service's ages; the eligibility text has no 3.0 field and is not kept;
 * <li>{@code service_taxonomys[].taxonomy} ({@code id}, {@code name}, {@code vocabulary},
 * {@code parent}): a taxonomy term in a taxonomy named by the vocabulary, linked as an attribute;
 * <li>{@code contacts[].phones}, {@code cost_options}, {@code fundings} (as funding),
 * {@code languages[].language} (as the language's name, or its code when it is one),
 * {@code service_areas[].service_area} (as the area's name);
 * <li>not kept: {@code holiday_schedules}, {@code reviews}, {@code deliverable_type}.
 * </ul>
 * Ids are kept as given; parts without one get ids derived from their owner's (see
 * {@link OrukIds}), so importing the same file again updates rather than duplicates.
 */
final class OrukRecordReader {

    private final JsonFields fields = new JsonFields();
    private final Map<String, Taxonomy> taxonomies = new LinkedHashMap<>();
    private final Map<String, TaxonomyTerm> terms = new LinkedHashMap<>();
    private final List<Location> locations = new ArrayList<>();

    private OrukRecordReader() {
    }

    /** @throws InvalidInput naming each field of the record that cannot be read */
    static ImportRecord read(JsonNode service, OrukFile.Version version) {
        OrukRecordReader reader = new OrukRecordReader();
        ImportRecord record = version == OrukFile.Version.V1 ? reader.readVersion1(service) : reader.readVersion3(service);
        if (!reader.fields.problems().isEmpty()) {
            throw new InvalidInput(reader.fields.problems());
        }
        return record;
    }

    private ImportRecord readVersion3(JsonNode s) {
        String id = requiredId(s);
        Organization organization = organization(s);
        String organizationId = organization != null ? organization.id() : fields.text(s, "organization_id", "");
        List<Service.ServiceAtLocation> serviceAtLocations = serviceAtLocations(s, id, "schedules", null);
        List<Service.Attribute> attributes = new ArrayList<>();
        List<JsonNode> links = fields.objects(s, "attributes", "");
        for (int i = 0; i < links.size(); i++) {
            JsonNode a = links.get(i);
            String path = "attributes[" + i + "].";
            JsonNode term = fields.object(a, "taxonomy_term", path);
            String termId = term != null ? term(term, path + "taxonomy_term.") : fields.text(a, "taxonomy_term_id", path);
            if (termId == null) {
                fields.problem(path + "taxonomy_term", "Give the taxonomy term, or its taxonomy_term_id");
                continue;
            }
            attributes.add(new Service.Attribute(OrukIds.orDerived(fields.text(a, "id", path), id, "attribute", i),
                    termId, fields.text(a, "link_type", path), fields.text(a, "value", path)));
        }
        Service service = new Service(id, organizationId, fields.text(s, "name", ""), fields.text(s, "description", ""),
                fields.text(s, "url", ""), fields.text(s, "email", ""), status(s), fields.text(s, "fees", ""),
                fields.text(s, "accreditations", ""), fields.integer(s, "minimum_age", ""),
                fields.integer(s, "maximum_age", ""), fields.date(s, "assured_date", ""),
                fields.text(s, "assurer_email", ""), fields.text(s, "alert", ""), null,
                schedules(s, "schedules", "", null), serviceAreas(s, id), serviceAtLocations, languages(s, id),
                funding(s, "funding", id), costOptions(s, id), contacts(s, id), attributes);
        return new ImportRecord(organization, locations, List.copyOf(taxonomies.values()), List.copyOf(terms.values()),
                service);
    }

    private ImportRecord readVersion1(JsonNode s) {
        String id = requiredId(s);
        Organization organization = organization(s);
        String organizationId = organization != null ? organization.id() : fields.text(s, "organization_id", "");
        String attendingType = fields.text(s, "attending_type", "");
        List<Service.ServiceAtLocation> serviceAtLocations = serviceAtLocations(s, id, "regular_schedules", attendingType);
        List<JsonNode> plainLocations = fields.objects(s, "locations", "");
        for (int i = 0; i < plainLocations.size(); i++) {
            String path = "locations[" + i + "].";
            String locationId = location(plainLocations.get(i), id, serviceAtLocations.size(), path);
            serviceAtLocations.add(new Service.ServiceAtLocation(
                    OrukIds.derived(id, "service-at-location/" + locationId), locationId, List.of()));
        }
        Integer minimumAge = null;
        Integer maximumAge = null;
        List<JsonNode> eligibilities = fields.objects(s, "eligibilitys", "");
        for (int i = 0; i < eligibilities.size(); i++) {
            String path = "eligibilitys[" + i + "].";
            Integer min = fields.integer(eligibilities.get(i), "minimum_age", path);
            Integer max = fields.integer(eligibilities.get(i), "maximum_age", path);
            if (min != null) {
                minimumAge = minimumAge == null ? min : Integer.valueOf(Math.min(minimumAge, min));
            }
            if (max != null) {
                maximumAge = maximumAge == null ? max : Integer.valueOf(Math.max(maximumAge, max));
            }
        }
        List<Service.Attribute> attributes = new ArrayList<>();
        List<JsonNode> links = fields.objects(s, "service_taxonomys", "");
        for (int i = 0; i < links.size(); i++) {
            String path = "service_taxonomys[" + i + "].";
            JsonNode taxonomy = fields.object(links.get(i), "taxonomy", path);
            if (taxonomy == null) {
                fields.problem(path + "taxonomy", "Give the taxonomy term");
                continue;
            }
            String termId = term(taxonomy, path + "taxonomy.");
            attributes.add(new Service.Attribute(
                    OrukIds.orDerived(fields.text(links.get(i), "id", path), id, "attribute", i), termId, "service",
                    null));
        }
        Service service = new Service(id, organizationId, fields.text(s, "name", ""), fields.text(s, "description", ""),
                fields.text(s, "url", ""), fields.text(s, "email", ""), status(s), fields.text(s, "fees", ""),
                fields.text(s, "accreditations", ""), minimumAge, maximumAge, fields.date(s, "assured_date", ""),
                fields.text(s, "assurer_email", ""), fields.text(s, "alert", ""), null,
                schedules(s, "regular_schedules", "", attendingType), serviceAreas(s, id), serviceAtLocations,
                languages(s, id), funding(s, "fundings", id), costOptions(s, id), contacts(s, id), attributes);
        return new ImportRecord(organization, locations, List.copyOf(taxonomies.values()), List.copyOf(terms.values()),
                service);
    }

    private String requiredId(JsonNode s) {
        String id = fields.text(s, "id", "");
        if (id == null) {
            fields.problem("id", "The service has no id");
        }
        return id;
    }

    private String status(JsonNode s) {
        String status = fields.text(s, "status", "");
        if (status == null) {
            fields.problem("status", "The service has no status (active, inactive, defunct or temporarily closed)");
            return null;
        }
        return status.toLowerCase(Locale.ROOT);
    }

    private Organization organization(JsonNode s) {
        JsonNode o = fields.object(s, "organization", "");
        if (o == null) {
            if (fields.text(s, "organization_id", "") == null) {
                fields.problem("organization", "The service has no organization (nested, or its organization_id)");
            }
            return null;
        }
        String id = fields.text(o, "id", "organization.");
        if (id == null) {
            fields.problem("organization.id", "The organization has no id");
        }
        List<Organization.OrganizationIdentifier> identifiers = new ArrayList<>();
        List<JsonNode> given = fields.objects(o, "organization_identifiers", "organization.");
        for (int i = 0; i < given.size(); i++) {
            JsonNode oi = given.get(i);
            String path = "organization.organization_identifiers[" + i + "].";
            identifiers.add(new Organization.OrganizationIdentifier(
                    OrukIds.orDerived(fields.text(oi, "id", path), id, "identifier", i),
                    fields.text(oi, "identifier_scheme", path), fields.text(oi, "identifier_type", path),
                    fields.text(oi, "identifier", path)));
        }
        String charity = fields.text(o, "charity_number", "organization.");
        if (charity != null) {
            identifiers.add(new Organization.OrganizationIdentifier(OrukIds.derived(id, "charity-number"), "GB-CHC",
                    Organization.CHARITY_NUMBER, charity));
        }
        String company = fields.text(o, "company_number", "organization.");
        if (company != null) {
            identifiers.add(new Organization.OrganizationIdentifier(OrukIds.derived(id, "company-number"), "GB-COH",
                    Organization.COMPANY_NUMBER, company));
        }
        return new Organization(id, fields.text(o, "name", "organization."),
                fields.text(o, "description", "organization."), fields.text(o, "email", "organization."),
                fields.text(o, "organization.", "website", "url"), fields.text(o, "logo", "organization."),
                fields.text(o, "uri", "organization."), fields.text(o, "parent_organization_id", "organization."),
                identifiers);
    }

    /** The id of the location of a service at location: nested (and read), or named by location_id. */
    private String locationOf(JsonNode sal, JsonNode location, String serviceId, int index, String path) {
        if (location != null) {
            return location(location, serviceId, index, path);
        }
        String locationId = fields.text(sal, "location_id", path.substring(0, path.length() - "location.".length()));
        if (locationId == null) {
            fields.problem(path.substring(0, path.length() - 1), "Give the location, or its location_id");
        }
        return locationId;
    }

    private String location(JsonNode l, String serviceId, int index, String path) {
        String id = OrukIds.orDerived(fields.text(l, "id", path), serviceId, "location", index);
        List<Location.Address> addresses = new ArrayList<>();
        List<JsonNode> given = new ArrayList<>(fields.objects(l, "addresses", path));
        given.addAll(fields.objects(l, "physical_addresses", path));
        for (int i = 0; i < given.size(); i++) {
            JsonNode a = given.get(i);
            String p = path + "addresses[" + i + "].";
            addresses.add(new Location.Address(OrukIds.orDerived(fields.text(a, "id", p), id, "address", i),
                    fields.text(a, "attention", p), fields.text(a, p, "address_1", "address1"),
                    fields.text(a, "city", p), fields.text(a, "region", p), fields.text(a, "state_province", p),
                    fields.text(a, "postal_code", p), fields.text(a, "country", p),
                    lower(fields.text(a, "address_type", p))));
        }
        List<Location.Accessibility> accessibility = new ArrayList<>();
        List<JsonNode> features = new ArrayList<>(fields.objects(l, "accessibility", path));
        features.addAll(fields.objects(l, "accessibility_for_disabilities", path));
        for (int i = 0; i < features.size(); i++) {
            JsonNode a = features.get(i);
            String p = path + "accessibility[" + i + "].";
            accessibility.add(new Location.Accessibility(
                    OrukIds.orDerived(fields.text(a, "id", p), id, "accessibility", i),
                    fields.text(a, p, "description", "accessibility"), fields.text(a, "details", p),
                    fields.text(a, "url", p)));
        }
        String type = lower(fields.text(l, "location_type", path));
        locations.add(new Location(id, type, fields.text(l, "name", path), fields.text(l, "description", path),
                fields.coordinate(l, "latitude", path), fields.coordinate(l, "longitude", path),
                fields.text(l, "external_identifier", path), fields.text(l, "external_identifier_type", path),
                addresses, accessibility));
        return id;
    }

    private List<Schedule> schedules(JsonNode owner, String name, String path, String attendingType) {
        List<Schedule> schedules = new ArrayList<>();
        List<JsonNode> given = fields.objects(owner, name, path);
        String ownerId = fields.text(owner, "id", path);
        for (int i = 0; i < given.size(); i++) {
            JsonNode sc = given.get(i);
            String p = path + name + "[" + i + "].";
            String byday = fields.text(sc, "byday", p);
            if (byday == null && sc.has("weekday")) {
                byday = weekday(fields.text(sc, "weekday", p), p);
            }
            String freq = fields.text(sc, "freq", p);
            if (freq == null && byday != null) {
                freq = "WEEKLY";
            }
            String attending = fields.text(sc, "attending_type", p);
            schedules.add(new Schedule(OrukIds.orDerived(fields.text(sc, "id", p), ownerId, "schedule", i),
                    fields.date(sc, "valid_from", p), fields.date(sc, "valid_to", p), fields.date(sc, "dtstart", p),
                    freq == null ? null : freq.toUpperCase(Locale.ROOT), fields.integer(sc, "interval", p),
                    byday == null ? null : byday.toUpperCase(Locale.ROOT).replace(" ", ""),
                    fields.text(sc, "bymonthday", p), fields.text(sc, "description", p), fields.time(sc, "opens_at", p),
                    fields.time(sc, "closes_at", p), fields.text(sc, "notes", p),
                    attending != null ? attending : attendingType));
        }
        return schedules;
    }

    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private String weekday(String weekday, String path) {
        if (weekday == null) {
            return null;
        }
        String text = weekday.strip().toUpperCase(Locale.ROOT);
        if (text.matches("[1-7]")) {
            return DAY_CODES.get(Integer.parseInt(text) - 1);
        }
        for (String code : DAY_CODES) {
            if (text.length() >= 2 && text.startsWith(code)) {
                return code;
            }
        }
        fields.problem(path + "weekday", "Expected a weekday: 1 (Monday) to 7 (Sunday), or a day's name");
        return null;
    }

    private List<ServiceArea> serviceAreas(JsonNode s, String serviceId) {
        List<ServiceArea> areas = new ArrayList<>();
        List<JsonNode> given = fields.objects(s, "service_areas", "");
        for (int i = 0; i < given.size(); i++) {
            JsonNode a = given.get(i);
            String p = "service_areas[" + i + "].";
            areas.add(new ServiceArea(OrukIds.orDerived(fields.text(a, "id", p), serviceId, "service-area", i),
                    fields.text(a, p, "name", "service_area"), fields.text(a, "extent", p),
                    fields.text(a, "extent_type", p), fields.text(a, "uri", p)));
        }
        return areas;
    }

    private List<Language> languages(JsonNode s, String serviceId) {
        List<Language> languages = new ArrayList<>();
        List<JsonNode> given = fields.objects(s, "languages", "");
        for (int i = 0; i < given.size(); i++) {
            JsonNode l = given.get(i);
            String p = "languages[" + i + "].";
            String name = fields.text(l, p, "name", "language");
            String code = fields.text(l, "code", p);
            if (code == null && name != null && name.matches("[a-z]{2,3}")) {
                code = name;
                name = null;
            }
            languages.add(new Language(OrukIds.orDerived(fields.text(l, "id", p), serviceId, "language", i), name,
                    code, fields.text(l, "note", p)));
        }
        return languages;
    }

    private List<Funding> funding(JsonNode s, String name, String serviceId) {
        List<Funding> funding = new ArrayList<>();
        List<JsonNode> given = fields.objects(s, name, "");
        for (int i = 0; i < given.size(); i++) {
            String p = name + "[" + i + "].";
            funding.add(new Funding(OrukIds.orDerived(fields.text(given.get(i), "id", p), serviceId, "funding", i),
                    fields.text(given.get(i), "source", p)));
        }
        return funding;
    }

    private List<CostOption> costOptions(JsonNode s, String serviceId) {
        List<CostOption> costs = new ArrayList<>();
        List<JsonNode> given = fields.objects(s, "cost_options", "");
        for (int i = 0; i < given.size(); i++) {
            JsonNode c = given.get(i);
            String p = "cost_options[" + i + "].";
            BigDecimal amount = fields.decimal(c, "amount", p);
            costs.add(new CostOption(OrukIds.orDerived(fields.text(c, "id", p), serviceId, "cost-option", i),
                    fields.date(c, "valid_from", p), fields.date(c, "valid_to", p), fields.text(c, "option", p),
                    amount == null ? null : amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros(),
                    fields.text(c, "amount_description", p)));
        }
        return costs;
    }

    private List<Contact> contacts(JsonNode s, String serviceId) {
        List<Contact> contacts = new ArrayList<>();
        List<JsonNode> given = fields.objects(s, "contacts", "");
        for (int i = 0; i < given.size(); i++) {
            JsonNode c = given.get(i);
            String p = "contacts[" + i + "].";
            String contactId = OrukIds.orDerived(fields.text(c, "id", p), serviceId, "contact", i);
            List<Contact.Phone> phones = new ArrayList<>();
            List<JsonNode> numbers = fields.objects(c, "phones", p);
            for (int j = 0; j < numbers.size(); j++) {
                String pp = p + "phones[" + j + "].";
                phones.add(new Contact.Phone(OrukIds.orDerived(fields.text(numbers.get(j), "id", pp), contactId, "phone", j),
                        fields.text(numbers.get(j), "number", pp), fields.text(numbers.get(j), "description", pp)));
            }
            contacts.add(new Contact(contactId, fields.text(c, "name", p), fields.text(c, "title", p),
                    fields.text(c, "department", p), fields.text(c, "email", p), phones));
        }
        return contacts;
    }

    /**
     * Reads a taxonomy term (3.0 {@code taxonomy_term} or 1.0 {@code taxonomy}) and the taxonomy it
     * belongs to; returns the term's id.
     */
    private String term(JsonNode t, String path) {
        String name = fields.text(t, "name", path);
        String taxonomyName = fields.text(t, path, "taxonomy", "vocabulary");
        String taxonomyId = fields.text(t, "taxonomy_id", path);
        if (taxonomyId == null && taxonomyName != null) {
            taxonomyId = OrukIds.derived("vocabulary", taxonomyName.toLowerCase(Locale.ROOT));
        }
        if (taxonomyId != null && !taxonomies.containsKey(taxonomyId)) {
            taxonomies.put(taxonomyId, new Taxonomy(taxonomyId, taxonomyName != null ? taxonomyName : "Imported taxonomy",
                    "", null, null));
        }
        if (name == null) {
            name = fields.text(t, "term", path);
        }
        if (name == null) {
            fields.problem(path + "name", "The taxonomy term has no name");
            return null;
        }
        String id = fields.text(t, "id", path);
        if (id == null) {
            id = OrukIds.derived("term", (taxonomyId == null ? "" : taxonomyId) + "/" + name.toLowerCase(Locale.ROOT));
        }
        terms.put(id, new TaxonomyTerm(id, fields.text(t, "code", path), name, fields.text(t, "description", path),
                fields.text(t, path, "parent_id", "parent"), taxonomyId, fields.text(t, "term_uri", path)));
        return id;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The service's locations, in 3.0 and 1.0 alike, with the schedules under {@code schedulesField}. */
    private List<Service.ServiceAtLocation> serviceAtLocations(JsonNode s, String serviceId, String schedulesField,
            String attendingType) {
        List<Service.ServiceAtLocation> serviceAtLocations = new ArrayList<>();
        List<JsonNode> sals = fields.objects(s, "service_at_locations", "");
        for (int i = 0; i < sals.size(); i++) {
            JsonNode sal = sals.get(i);
            String path = "service_at_locations[" + i + "].";
            String locationId = locationOf(sal, fields.object(sal, "location", path), serviceId, i, path + "location.");
            serviceAtLocations.add(new Service.ServiceAtLocation(
                    OrukIds.orDerived(fields.text(sal, "id", path), serviceId, "service-at-location", i), locationId,
                    schedules(sal, schedulesField, path, attendingType)));
        }
        return serviceAtLocations;
    }
}
