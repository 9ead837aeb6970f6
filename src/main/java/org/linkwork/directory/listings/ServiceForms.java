package org.linkwork.directory.listings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Language;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.linkwork.platform.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns a {@link Service} into the provider's form and back: reads what was typed, names each
 * mistake next to its field, and keeps everything the form does not show (other schedules, cost
 * options, contacts, languages, service areas and terms of other taxonomies) as it was.
 */
@Component
class ServiceForms {

    static final Map<String, String> STATUSES = labels("active", "Running", "temporarily closed", "Temporarily closed",
            "inactive", "Not running at the moment", "defunct", "Closed for good");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");
    private static final Pattern MONEY = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern PHONE = Pattern.compile("[0-9 ()+-]{10,20}");
    /** An email address as the directory accepts it (the same rule as for a listing's own email). */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int NAME_MAX = 150;
    private static final int DESCRIPTION_MAX = 3000;

    /** What the form offers to choose from. */
    record Choices(List<Location> locations, List<TaxonomyTerm> needs, List<TaxonomyTerm> accessibility,
            List<TaxonomyTerm> eligibility) {

        Map<String, TaxonomyTerm> linkworkTerms() {
            return Stream.of(needs, accessibility, eligibility).flatMap(List::stream)
                    .collect(Collectors.toMap(TaxonomyTerm::id, Function.identity()));
        }
    }

    /** A service read from the form, with the location it adds, if any. */
    record Draft(Service service, Optional<Location> newLocation) {
    }

    private final Directory directory;
    private final Places places;

    ServiceForms(Directory directory, Places places) {
        this.directory = directory;
        this.places = places;
    }

    Choices choices(String organisationId) {
        List<String> serviceIds = directory.servicesOf(organisationId).stream().map(Service::id).toList();
        Map<String, Location> locations = new LinkedHashMap<>();
        directory.serviceDetails(serviceIds).forEach(d -> d.locations().forEach(l -> locations.putIfAbsent(l.id(), l)));
        List<Location> sorted = locations.values().stream()
                .sorted(Comparator.comparing(l -> l.name() == null ? "" : l.name())).toList();
        return new Choices(sorted, directory.taxonomyTerms(LinkworkTaxonomies.NEEDS),
                directory.taxonomyTerms(LinkworkTaxonomies.ACCESSIBILITY),
                directory.taxonomyTerms(LinkworkTaxonomies.ELIGIBILITY));
    }

    ServiceForm formFor(Service service, int version, Choices choices) {
        ServiceForm form = new ServiceForm();
        form.setOrganisationId(service.organizationId());
        form.setVersion(version);
        form.setName(service.name());
        form.setDescription(service.description());
        form.setStatus(service.status());
        form.setLocationIds(new ArrayList<>(service.locationIds()));
        weekly(service.schedules()).ifPresent(s -> {
            form.setDays(new ArrayList<>(List.of(s.byday().split(","))));
            form.setOpensAt(s.opensAt() == null ? null : s.opensAt().toString());
            form.setClosesAt(s.closesAt() == null ? null : s.closesAt().toString());
        });
        service.costOptions().stream().findFirst().ifPresent(c -> {
            form.setCost(c.isFree() ? "free" : "paid");
            form.setAmount(c.isFree() || c.amount() == null ? null : c.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
            form.setAmountDescription(c.isFree() ? null : c.amountDescription());
        });
        form.setMinimumAge(service.minimumAge() == null ? null : service.minimumAge().toString());
        form.setMaximumAge(service.maximumAge() == null ? null : service.maximumAge().toString());
        Map<String, TaxonomyTerm> terms = choices.linkworkTerms();
        for (String termId : service.taxonomyTermIds()) {
            TaxonomyTerm term = terms.get(termId);
            if (term == null) {
                continue;
            }
            if (LinkworkTaxonomies.NEEDS.equals(term.taxonomyId())) {
                form.getNeeds().add(term.code());
            } else if (LinkworkTaxonomies.ACCESSIBILITY.equals(term.taxonomyId())) {
                form.getAccessibility().add(term.code());
            } else {
                form.getEligibility().add(term.code());
            }
        }
        Optional<Contact> contact = service.contacts().stream().findFirst();
        form.setPhone(contact.flatMap(c -> c.phones().stream().findFirst()).map(Contact.Phone::number).orElse(null));
        form.setEmail(service.email() != null ? service.email() : contact.map(Contact::email).orElse(null));
        form.setWebsite(service.url());
        return form;
    }

    /** Schedules the form does not edit, described for the page. */
    List<String> otherSchedules(Service service) {
        Optional<Schedule> edited = weekly(service.schedules());
        return service.schedules().stream().filter(s -> edited.map(e -> e != s).orElse(true))
                .map(s -> s.description() != null && !s.description().isBlank() ? s.description()
                        : ScheduleWords.describe(s.byday(), s.opensAt(), s.closesAt(), "MONTHLY".equals(s.freq())))
                .toList();
    }

    /**
     * Reads the form into a service, or records what is wrong in {@code errors}.
     *
     * @param existing the service as stored, or null for a new one
     */
    Optional<Draft> read(ServiceForm form, Service existing, String organisationId, String placeId, Choices choices,
            Errors errors) {
        String name = trim(form.getName());
        if (name == null) {
            errors.rejectValue("name", "required", "Enter the name of the service");
        } else if (name.length() > NAME_MAX) {
            errors.rejectValue("name", "length", "The name must be " + NAME_MAX + " characters or fewer");
        }
        String description = trim(form.getDescription());
        if (description == null) {
            errors.rejectValue("description", "required", "Enter a description of the service");
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.rejectValue("description", "length", "The description must be 3,000 characters or fewer");
        }
        if (!STATUSES.containsKey(form.getStatus())) {
            errors.rejectValue("status", "required", "Choose whether the service is running");
        }

        Set<String> offered = choices.locations().stream().map(Location::id).collect(Collectors.toSet());
        if (!offered.containsAll(form.getLocationIds())) {
            errors.rejectValue("locationIds", "unknown", "Choose from your organisation's places");
        }
        Optional<Location> newLocation = Optional.empty();
        if (form.addsLocation()) {
            newLocation = newLocation(form, errors);
        } else if (form.getLocationIds().isEmpty()) {
            errors.rejectValue("locationIds", "required", "Choose where the service runs, or add an address");
        }

        List<String> days = ScheduleWords.DAYS.stream().filter(form.getDays()::contains).toList();
        if (days.size() != form.getDays().size()) {
            errors.rejectValue("days", "unknown", "Choose days from the list");
        }
        LocalTime opens = time(form.getOpensAt(), "opensAt", "start", errors);
        LocalTime closes = time(form.getClosesAt(), "closesAt", "end", errors);
        boolean timesGiven = trim(form.getOpensAt()) != null || trim(form.getClosesAt()) != null;
        if (!days.isEmpty() && trim(form.getOpensAt()) == null) {
            errors.rejectValue("opensAt", "required", "Enter the start time, like 10:00 or 2:30pm");
        }
        if (!days.isEmpty() && trim(form.getClosesAt()) == null) {
            errors.rejectValue("closesAt", "required", "Enter the end time, like 11:30 or 4pm");
        }
        if (days.isEmpty() && timesGiven) {
            errors.rejectValue("days", "required", "Choose the days the service runs");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("closesAt", "order", "The end time must be after the start time");
        }

        BigDecimal amount = null;
        if (!"free".equals(form.getCost()) && !"paid".equals(form.getCost())) {
            errors.rejectValue("cost", "required", "Choose whether the service is free");
        } else if ("paid".equals(form.getCost())) {
            amount = money(form.getAmount(), errors);
            if (trim(form.getAmountDescription()) != null && form.getAmountDescription().length() > 100) {
                errors.rejectValue("amountDescription", "length", "What the cost covers must be 100 characters or fewer");
            }
        }

        Integer minimumAge = age(form.getMinimumAge(), "minimumAge", "minimum", errors);
        Integer maximumAge = age(form.getMaximumAge(), "maximumAge", "maximum", errors);
        if (minimumAge != null && maximumAge != null && maximumAge < minimumAge) {
            errors.rejectValue("maximumAge", "order", "The maximum age must be the same as or more than the minimum age");
        }

        Map<String, String> needIds = codes(choices.needs());
        Map<String, String> accessIds = codes(choices.accessibility());
        Map<String, String> eligibilityIds = codes(choices.eligibility());
        if (form.getNeeds().isEmpty()) {
            errors.rejectValue("needs", "required", "Choose at least one thing the service helps with");
        }
        known(form.getNeeds(), needIds, "needs", errors);
        known(form.getAccessibility(), accessIds, "accessibility", errors);
        known(form.getEligibility(), eligibilityIds, "eligibility", errors);

        String phone = trim(form.getPhone());
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 10)) {
            errors.rejectValue("phone", "format", "Enter a phone number, like 01422 123456 or 07700 900123");
        }
        String email = trim(form.getEmail());
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.rejectValue("email", "format", "Enter an email address, like name@example.org");
        }
        String website = website(form.getWebsite(), errors);

        if (errors.hasErrors()) {
            return Optional.empty();
        }

        String serviceId = existing != null ? existing.id() : UUID.randomUUID().toString();
        List<Service.ServiceAtLocation> at = new ArrayList<>();
        for (String locationId : form.getLocationIds()) {
            at.add(existing == null ? new Service.ServiceAtLocation(newId(), locationId, List.of())
                    : existing.serviceAtLocations().stream().filter(s -> s.locationId().equals(locationId)).findFirst()
                            .orElse(new Service.ServiceAtLocation(newId(), locationId, List.of())));
        }
        newLocation.ifPresent(l -> at.add(new Service.ServiceAtLocation(newId(), l.id(), List.of())));

        List<Service.Attribute> attributes = new ArrayList<>();
        if (existing != null) {
            Map<String, TaxonomyTerm> linkwork = choices.linkworkTerms();
            existing.attributes().stream().filter(a -> !linkwork.containsKey(a.taxonomyTermId())).forEach(attributes::add);
        }
        Stream.of(form.getNeeds().stream().map(needIds::get),
                        form.getAccessibility().stream().map(accessIds::get),
                        form.getEligibility().stream().map(eligibilityIds::get))
                .flatMap(s -> s).distinct()
                .forEach(termId -> attributes.add(existing == null ? attribute(termId)
                        : existing.attributes().stream().filter(a -> a.taxonomyTermId().equals(termId)).findFirst()
                                .orElse(attribute(termId))));

        List<Location> venues = new ArrayList<>(choices.locations().stream()
                .filter(l -> form.getLocationIds().contains(l.id())).toList());
        newLocation.ifPresent(venues::add);

        Service service = new Service(serviceId, organisationId, name, description, website, email, form.getStatus(),
                existing == null ? null : existing.fees(), existing == null ? null : existing.accreditations(),
                minimumAge, maximumAge, existing == null ? null : existing.assuredDate(),
                existing == null ? null : existing.assurerEmail(), existing == null ? null : existing.alert(), null,
                schedules(existing, days, opens, closes), existing != null ? existing.serviceAreas() : areas(placeId, venues),
                at, existing != null ? existing.languages() : List.of(new Language(newId(), "English", "en", null)),
                existing == null ? List.of() : existing.funding(), costs(existing, form, amount),
                contacts(existing, phone, email), attributes);
        return Optional.of(new Draft(service, newLocation));
    }

    /** Puts the directory's objections next to the fields of the form they belong to. */
    void reject(InvalidInput invalid, Errors errors) {
        for (InvalidInput.FieldProblem problem : invalid.problems()) {
            errors.rejectValue(formField(problem.field()), "invalid", problem.message());
        }
    }

    static String formField(String field) {
        if (field.startsWith("cost_options")) {
            return "amount";
        }
        if (field.startsWith("schedules")) {
            return field.endsWith("opens_at") ? "opensAt" : field.endsWith("closes_at") ? "closesAt" : "days";
        }
        if (field.startsWith("service_at_locations")) {
            return "locationIds";
        }
        return switch (field) {
            case "description" -> "description";
            case "status" -> "status";
            case "email" -> "email";
            case "url" -> "website";
            case "minimum_age" -> "minimumAge";
            case "maximum_age" -> "maximumAge";
            case "attributes" -> "needs";
            case "newPostcode", "postcode", "latitude", "longitude" -> "newPostcode";
            default -> "name";
        };
    }

    private Optional<Location> newLocation(ServiceForm form, Errors errors) {
        String address = trim(form.getNewAddress());
        String postcode = trim(form.getNewPostcode());
        if (address == null) {
            errors.rejectValue("newAddress", "required", "Enter the first line of the address");
        } else if (address.length() > 200) {
            errors.rejectValue("newAddress", "length", "The address must be 200 characters or fewer");
        }
        if (trim(form.getNewLocationName()) != null && form.getNewLocationName().length() > 150) {
            errors.rejectValue("newLocationName", "length", "The name of the place must be 150 characters or fewer");
        }
        if (postcode == null) {
            errors.rejectValue("newPostcode", "required", "Enter the postcode, like HX1 1UJ");
            return Optional.empty();
        }
        org.linkwork.place.Location located;
        try {
            located = places.locate("newPostcode", postcode);
        } catch (InvalidInput e) {
            reject(e, errors);
            return Optional.empty();
        }
        if (address == null) {
            return Optional.empty();
        }
        String id = newId();
        String name = trim(form.getNewLocationName()) != null ? trim(form.getNewLocationName()) : address;
        GeoPoint point = located.point();
        return Optional.of(new Location(id, "physical", name, null, point.latitude(), point.longitude(), null, null,
                List.of(new Location.Address(newId(), null, address, trim(form.getNewTown()), null, null,
                        located.postcode().toString(), "GB", "physical")),
                List.of()));
    }

    private List<ServiceArea> areas(String placeId, List<Location> venues) {
        List<ServiceArea> areas = new ArrayList<>();
        places.places().stream().filter(p -> p.id().equals(placeId)).findFirst().ifPresent(place ->
                areas.add(new ServiceArea(newId(), place.name(), null, null, "linkwork:place:" + place.id())));
        venues.stream().flatMap(v -> v.point().stream()).map(places::wardContaining).flatMap(Optional::stream)
                .map(Ward::code).distinct().map(code -> places.ward(code).orElseThrow())
                .forEach(ward -> areas.add(new ServiceArea(newId(), ward.name() + " ward", null, null,
                        "linkwork:ward:" + ward.code())));
        return areas;
    }

    private static List<Schedule> schedules(Service existing, List<String> days, LocalTime opens, LocalTime closes) {
        List<Schedule> schedules = new ArrayList<>(existing == null ? List.of() : existing.schedules());
        Optional<Schedule> weekly = weekly(schedules);
        int index = weekly.map(schedules::indexOf).orElse(schedules.size());
        weekly.ifPresent(schedules::remove);
        if (!days.isEmpty()) {
            String byday = String.join(",", days);
            Schedule edited = new Schedule(weekly.map(Schedule::id).orElseGet(ServiceForms::newId),
                    weekly.map(Schedule::validFrom).orElse(null), weekly.map(Schedule::validTo).orElse(null),
                    weekly.map(Schedule::dtstart).orElse(null), "WEEKLY", 1, byday, null,
                    ScheduleWords.describe(byday, opens, closes, false), opens, closes,
                    weekly.map(Schedule::notes).orElse(null), weekly.map(Schedule::attendingType).orElse("in_person"));
            schedules.add(Math.min(index, schedules.size()), edited);
        }
        return schedules;
    }

    /** The schedule the form edits: the first that runs weekly on plain weekdays. */
    private static Optional<Schedule> weekly(List<Schedule> schedules) {
        return schedules.stream()
                .filter(s -> (s.freq() == null || "WEEKLY".equals(s.freq())) && s.byday() != null
                        && s.byday().matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*"))
                .findFirst();
    }

    private static List<CostOption> costs(Service existing, ServiceForm form, BigDecimal amount) {
        List<CostOption> costs = new ArrayList<>(existing == null ? List.of() : existing.costOptions());
        Optional<CostOption> first = costs.isEmpty() ? Optional.empty() : Optional.of(costs.removeFirst());
        String id = first.map(CostOption::id).orElseGet(ServiceForms::newId);
        CostOption edited = amount == null
                ? new CostOption(id, null, null, "Free", BigDecimal.ZERO, "Free")
                : new CostOption(id, first.map(CostOption::validFrom).orElse(null),
                        first.map(CostOption::validTo).orElse(null),
                        first.filter(c -> !c.isFree()).map(CostOption::option).orElse("Per session"), amount,
                        trim(form.getAmountDescription()));
        costs.addFirst(edited);
        return costs;
    }

    private static List<Contact> contacts(Service existing, String phone, String email) {
        List<Contact> contacts = new ArrayList<>(existing == null ? List.of() : existing.contacts());
        if (contacts.isEmpty()) {
            if (phone == null && email == null) {
                return List.of();
            }
            contacts.add(new Contact(newId(), null, null, null, email, List.of()));
        }
        Contact first = contacts.removeFirst();
        List<Contact.Phone> phones = new ArrayList<>(first.phones());
        Optional<Contact.Phone> firstPhone = phones.isEmpty() ? Optional.empty() : Optional.of(phones.removeFirst());
        if (phone != null) {
            phones.addFirst(new Contact.Phone(firstPhone.map(Contact.Phone::id).orElseGet(ServiceForms::newId), phone,
                    firstPhone.map(Contact.Phone::description).orElse(null)));
        }
        contacts.addFirst(new Contact(first.id(), first.name(), first.title(), first.department(),
                email != null ? email : first.email(), phones));
        return contacts;
    }

    private static LocalTime time(String text, String field, String which, Errors errors) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value.toLowerCase(Locale.UK).replace(" ", ""));
        if (m.matches()) {
            try {
                int hour = Integer.parseInt(m.group(1));
                int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                String half = m.group(3);
                if (half == null || (hour >= 1 && hour <= 12)) {
                    if ("pm".equals(half) && hour != 12) {
                        hour += 12;
                    } else if ("am".equals(half) && hour == 12) {
                        hour = 0;
                    }
                    return LocalTime.of(hour, minute);
                }
            } catch (DateTimeException e) {
                // falls through to the error below
            }
        }
        errors.rejectValue(field, "format", "Enter a real " + which + " time, like 10:00 or 2:30pm");
        return null;
    }

    private static BigDecimal money(String text, Errors errors) {
        String value = trim(text);
        if (value == null) {
            errors.rejectValue("amount", "required", "Enter the cost, like 3.50");
            return null;
        }
        String plain = value.replace("£", "").replace(",", "").strip();
        if (!MONEY.matcher(plain).matches()) {
            errors.rejectValue("amount", "format", "Enter the cost in pounds and pence, like 3.50");
            return null;
        }
        BigDecimal amount = new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
        if (amount.signum() == 0) {
            errors.rejectValue("amount", "zero", "Enter a cost of more than £0, or choose free");
            return null;
        }
        return amount;
    }

    private static Integer age(String text, String field, String which, Errors errors) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches() || Integer.parseInt(value) > 130) {
            errors.rejectValue(field, "format", "Enter the " + which + " age as a whole number, like 18");
            return null;
        }
        return Integer.parseInt(value);
    }

    private static String website(String text, Errors errors) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        String url = value.matches("(?i)https?://.*") ? value : "https://" + value;
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !uri.getHost().contains(".") || url.contains(" ")) {
                throw new URISyntaxException(url, "no host");
            }
            return url;
        } catch (URISyntaxException e) {
            errors.rejectValue("website", "format", "Enter a website address, like https://www.example.org");
            return null;
        }
    }

    private static void known(Collection<String> chosen, Map<String, String> ids, String field, Errors errors) {
        if (!ids.keySet().containsAll(chosen)) {
            errors.rejectValue(field, "unknown", "Choose from the list");
        }
    }

    private static Map<String, String> codes(List<TaxonomyTerm> terms) {
        return terms.stream().collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::id));
    }

    private static Service.Attribute attribute(String termId) {
        return new Service.Attribute(newId(), termId, "service", null);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
