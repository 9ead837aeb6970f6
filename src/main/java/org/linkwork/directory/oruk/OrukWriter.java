package org.linkwork.directory.oruk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Funding;
import org.linkwork.directory.Language;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.directory.oruk.OrukBodies.AccessibilityBody;
import org.linkwork.directory.oruk.OrukBodies.AddressBody;
import org.linkwork.directory.oruk.OrukBodies.AttributeBody;
import org.linkwork.directory.oruk.OrukBodies.ContactBody;
import org.linkwork.directory.oruk.OrukBodies.CostOptionBody;
import org.linkwork.directory.oruk.OrukBodies.FundingBody;
import org.linkwork.directory.oruk.OrukBodies.LanguageBody;
import org.linkwork.directory.oruk.OrukBodies.LocationBody;
import org.linkwork.directory.oruk.OrukBodies.OrganizationBody;
import org.linkwork.directory.oruk.OrukBodies.OrganizationIdentifierBody;
import org.linkwork.directory.oruk.OrukBodies.PhoneBody;
import org.linkwork.directory.oruk.OrukBodies.ScheduleBody;
import org.linkwork.directory.oruk.OrukBodies.ServiceAreaBody;
import org.linkwork.directory.oruk.OrukBodies.ServiceAtLocationBody;
import org.linkwork.directory.oruk.OrukBodies.ServiceBody;
import org.linkwork.directory.oruk.OrukBodies.TaxonomyBody;
import org.linkwork.directory.oruk.OrukBodies.TaxonomyTermBody;

/**
 * Turns directory records into ORUK 3.0 bodies. Fields ORUK requires but a listing may lack are
 * filled so that every body is valid: an address's country defaults to GB and its missing lines to
 * empty text, and parts without ids get stable derived ones (see {@link OrukIds}).
 *
 * @param taxonomyNames each taxonomy's name by id, for the {@code taxonomy} field of terms
 */
record OrukWriter(Map<String, String> taxonomyNames) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** A service with everything nested: its organisation, locations, schedules and terms. */
    ServiceBody fullService(ServiceDetail detail) {
        Service s = detail.service();
        List<ServiceAtLocationBody> locations = s.serviceAtLocations().stream()
                .map(sal -> new ServiceAtLocationBody(sal.id(), s.id(), sal.locationId(),
                        detail.location(sal.locationId()).map(l -> location(l, true)).orElse(null), null,
                        schedules(sal.schedules(), s.id(), sal.id())))
                .toList();
        return new ServiceBody(s.id(), s.organizationId(), s.name(), s.description(), s.url(), s.email(), s.status(),
                s.fees(), s.accreditations(), s.minimumAge(), s.maximumAge(), date(s.assuredDate()), s.assurerEmail(),
                s.alert(), instant(s.lastModified()), schedules(s.schedules(), s.id(), null), serviceAreas(s),
                locations, languages(s), organization(detail.organization(), true), funding(s), costOptions(s),
                contacts(s), attributes(detail));
    }

    /** The service's own fields and its organisation's, as in the list endpoints. */
    ServiceBody listedService(ServiceDetail detail) {
        Service s = detail.service();
        return new ServiceBody(s.id(), s.organizationId(), s.name(), s.description(), s.url(), s.email(), s.status(),
                s.fees(), s.accreditations(), s.minimumAge(), s.maximumAge(), date(s.assuredDate()), s.assurerEmail(),
                s.alert(), instant(s.lastModified()), null, null, null, null,
                organization(detail.organization(), false), null, null, null, null);
    }

    /** One place a service runs: the location nested, and the service in list form or whole. */
    ServiceAtLocationBody serviceAtLocation(String id, ServiceDetail detail, String locationId, boolean full) {
        Service s = detail.service();
        List<ScheduleBody> schedules = full ? s.serviceAtLocations().stream()
                .filter(sal -> sal.id().equals(id)).findFirst()
                .map(sal -> schedules(sal.schedules(), s.id(), sal.id())).orElse(List.of()) : null;
        return new ServiceAtLocationBody(id, s.id(), locationId,
                detail.location(locationId).map(l -> location(l, full)).orElse(null),
                full ? fullService(detail) : listedService(detail), schedules);
    }

    OrganizationBody organization(Organization o, boolean full) {
        if (o == null) {
            return null;
        }
        List<OrganizationIdentifierBody> identifiers = full ? IntStream.range(0, o.organizationIdentifiers().size())
                .mapToObj(i -> {
                    Organization.OrganizationIdentifier oi = o.organizationIdentifiers().get(i);
                    return new OrganizationIdentifierBody(OrukIds.orDerived(oi.id(), o.id(), "identifier", i), o.id(),
                            oi.identifierScheme(), oi.identifierType(), oi.identifier());
                }).toList() : null;
        return new OrganizationBody(o.id(), o.name(), o.description() == null ? "" : o.description(), o.email(),
                o.website(), o.logo(), o.uri(), o.parentOrganizationId(), identifiers, null);
    }

    OrganizationBody organizationWithServices(Organization o, List<ServiceBody> services) {
        OrganizationBody body = organization(o, true);
        return new OrganizationBody(body.id(), body.name(), body.description(), body.email(), body.website(),
                body.logo(), body.uri(), body.parentOrganizationId(), body.organizationIdentifiers(), services);
    }

    LocationBody location(Location l, boolean full) {
        List<AddressBody> addresses = full ? IntStream.range(0, l.addresses().size()).mapToObj(i -> {
            Location.Address a = l.addresses().get(i);
            return new AddressBody(OrukIds.orDerived(a.id(), l.id(), "address", i), l.id(), a.attention(),
                    text(a.address1()), text(a.city()), a.region(),
                    text(a.stateProvince() != null ? a.stateProvince() : a.region()), text(a.postalCode()),
                    a.country() == null || a.country().isBlank() ? "GB" : a.country(),
                    a.addressType() == null ? l.locationType() : a.addressType());
        }).toList() : null;
        List<AccessibilityBody> accessibility = full ? IntStream.range(0, l.accessibility().size()).mapToObj(i -> {
            Location.Accessibility a = l.accessibility().get(i);
            return new AccessibilityBody(OrukIds.orDerived(a.id(), l.id(), "accessibility", i), l.id(),
                    a.description(), a.details(), a.url());
        }).toList() : null;
        return new LocationBody(l.id(), l.locationType(), l.name(), l.description(), l.latitude(), l.longitude(),
                l.externalIdentifier(), l.externalIdentifierType(), addresses, accessibility);
    }

    TaxonomyTermBody term(TaxonomyTerm t) {
        return new TaxonomyTermBody(t.id(), t.code(), t.name(), t.description() == null ? "" : t.description(),
                t.parentId(), t.taxonomyId() == null ? null : taxonomyNames.get(t.taxonomyId()), t.taxonomyId(),
                t.termUri(), t.name());
    }

    TaxonomyBody taxonomy(Taxonomy t, List<TaxonomyTerm> terms) {
        return new TaxonomyBody(t.id(), t.name(), t.description() == null ? "" : t.description(), t.uri(),
                t.version(), terms == null ? null : terms.stream().map(this::term).toList());
    }

    private List<ScheduleBody> schedules(List<Schedule> schedules, String serviceId, String serviceAtLocationId) {
        String owner = serviceAtLocationId == null ? serviceId : serviceAtLocationId;
        List<ScheduleBody> bodies = new ArrayList<>(schedules.size());
        for (int i = 0; i < schedules.size(); i++) {
            Schedule sc = schedules.get(i);
            bodies.add(new ScheduleBody(OrukIds.orDerived(sc.id(), owner, "schedule", i),
                    serviceAtLocationId == null ? serviceId : null, serviceAtLocationId, date(sc.validFrom()),
                    date(sc.validTo()), date(sc.dtstart()), sc.freq(), sc.interval(), sc.byday(), sc.bymonthday(),
                    sc.description(), time(sc.opensAt()), time(sc.closesAt()), sc.attendingType(), sc.notes()));
        }
        return bodies;
    }

    private static List<ServiceAreaBody> serviceAreas(Service s) {
        return IntStream.range(0, s.serviceAreas().size()).mapToObj(i -> {
            ServiceArea a = s.serviceAreas().get(i);
            return new ServiceAreaBody(OrukIds.orDerived(a.id(), s.id(), "service-area", i), s.id(), a.name(),
                    a.extent(), a.extentType(), a.uri());
        }).toList();
    }

    private static List<LanguageBody> languages(Service s) {
        return IntStream.range(0, s.languages().size()).mapToObj(i -> {
            Language l = s.languages().get(i);
            return new LanguageBody(OrukIds.orDerived(l.id(), s.id(), "language", i), s.id(), l.name(), l.code(),
                    l.note());
        }).toList();
    }

    private static List<FundingBody> funding(Service s) {
        return IntStream.range(0, s.funding().size()).mapToObj(i -> {
            Funding f = s.funding().get(i);
            return new FundingBody(OrukIds.orDerived(f.id(), s.id(), "funding", i), s.id(), f.source());
        }).toList();
    }

    private static List<CostOptionBody> costOptions(Service s) {
        return IntStream.range(0, s.costOptions().size()).mapToObj(i -> {
            CostOption c = s.costOptions().get(i);
            return new CostOptionBody(OrukIds.orDerived(c.id(), s.id(), "cost-option", i), s.id(),
                    date(c.validFrom()), date(c.validTo()), c.option(), c.amount(), c.amountDescription());
        }).toList();
    }

    private static List<ContactBody> contacts(Service s) {
        return IntStream.range(0, s.contacts().size()).mapToObj(i -> {
            Contact c = s.contacts().get(i);
            String contactId = OrukIds.orDerived(c.id(), s.id(), "contact", i);
            List<PhoneBody> phones = IntStream.range(0, c.phones().size()).mapToObj(j -> {
                Contact.Phone p = c.phones().get(j);
                return new PhoneBody(OrukIds.orDerived(p.id(), contactId, "phone", j), contactId, text(p.number()),
                        p.description());
            }).toList();
            return new ContactBody(contactId, s.id(), c.name(), c.title(), c.department(), c.email(), phones);
        }).toList();
    }

    private List<AttributeBody> attributes(ServiceDetail detail) {
        Service s = detail.service();
        Map<String, TaxonomyTerm> terms = detail.terms().stream()
                .collect(java.util.stream.Collectors.toMap(TaxonomyTerm::id, t -> t, (a, b) -> a));
        return IntStream.range(0, s.attributes().size()).mapToObj(i -> {
            Service.Attribute a = s.attributes().get(i);
            TaxonomyTerm term = terms.get(a.taxonomyTermId());
            return new AttributeBody(OrukIds.orDerived(a.id(), s.id(), "attribute", i), s.id(), a.linkType(),
                    "service", a.taxonomyTermId(), a.value(), term == null ? null : term(term));
        }).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String time(LocalTime time) {
        return time == null ? null : time.format(TIME);
    }

    static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
