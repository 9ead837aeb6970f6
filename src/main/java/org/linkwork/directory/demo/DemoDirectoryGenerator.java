package org.linkwork.directory.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Language;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.admin.NameSimilarity;
import org.linkwork.directory.demo.DemoCatalogue.Activity;
import org.linkwork.directory.demo.DemoCatalogue.Locality;
import org.linkwork.directory.demo.DemoCatalogue.OrganisationKind;
import org.linkwork.directory.demo.DemoCatalogue.VenueKind;
import org.linkwork.directory.demo.DemoCatalogue.WardInfo;
import org.linkwork.directory.listings.ScheduleWords;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Ward;

/**
 * Makes the fictional Calderdale directory from {@link DemoCatalogue}: the same every time for the
 * same wards, because every choice comes from one random generator with a fixed seed and every id
 * is derived from a fixed key. A few things are planted on purpose: the demo provider's
 * organisation, and pairs that duplicate detection should find.
 */
final class DemoDirectoryGenerator {

    static final long SEED = 20_260_517L;
    static final String FICTIONAL_LISTING = "(Fictional demo listing.)";
    static final String FICTIONAL_ORGANISATION = "Fictional demo organisation: it is not a real group, and its details are "
            + "made up for the Linkwork demonstration.";

    static final String PROVIDER_ORGANISATION = id("organisation", "provider");
    /** Two organisation records with the same charity number, written differently. */
    static final List<String> SAME_CHARITY = List.of(id("organisation", "neighbours-a"), id("organisation", "neighbours-b"));
    /** Two organisation records with the same company number. */
    static final List<String> SAME_COMPANY = List.of(id("organisation", "pantry-a"), id("organisation", "pantry-b"));
    /** Walking football listed by two organisations, a few hundred metres apart at overlapping times. */
    static final List<String> ALIKE_SERVICES_NEARBY = List.of(id("service", "football-a"), id("service", "football-b"));
    /** A choir listed twice by its own organisation. */
    static final List<String> ALIKE_SERVICES_SAME_PLACE = List.of(id("service", "choir-a"), id("service", "choir-b"));

    private static final String CALDERDALE = "linkwork:place:calderdale";
    private static final double KEEP_APART_KM = 1.0;

    /** What was made, in the order it must be saved. */
    record Listings(List<Organization> organizations, List<Location> locations, List<Service> services,
            Map<String, Integer> verifiedDaysAgo, Map<String, String> locationWards) {
    }

    /** Choices for one service; what is left null is chosen at random. */
    private static final class Plan {
        final String key;
        final Activity activity;
        String name;
        Locality locality;
        VenueKind venue;
        GeoPoint point;
        String byday;
        LocalTime opens;
        Boolean free;
        BigDecimal price;
        Integer daysAgo;
        boolean oneVenue;

        Plan(String key, Activity activity) {
            this.key = key;
            this.activity = activity;
        }
    }

    private record Placed(String name, Set<String> weekdays, GeoPoint point) {
    }

    private final List<Ward> wards;
    private final Map<String, List<GeoPoint>> populatedPoints;
    private final Function<GeoPoint, Optional<String>> wardOf;
    private final Random random = new Random(SEED);

    private final List<Organization> organizations = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Map<String, String> locationWards = new LinkedHashMap<>();
    private final Map<String, String> locationLocalities = new LinkedHashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<String, Integer> verifiedDaysAgo = new LinkedHashMap<>();
    private final Set<String> organisationNames = new HashSet<>();
    private final Set<String> registrationNumbers = new HashSet<>();
    private final List<Placed> placed = new ArrayList<>();
    private int phones;
    private int generated;

    /**
     * @param wards           the wards of the place
     * @param populatedPoints by ward code, points where people live (LSOA centroids), around which venues are put
     * @param wardOf          the ward code of a point, to keep each venue inside its ward
     */
    /** The organisation the demo user "provider" acts for. */
    private Organization providerOrganisation;

    DemoDirectoryGenerator(List<Ward> wards, Map<String, List<GeoPoint>> populatedPoints,
            Function<GeoPoint, Optional<String>> wardOf) {
        this.wards = wards.stream().sorted(Comparator.comparing(Ward::code)).toList();
        this.populatedPoints = populatedPoints;
        this.wardOf = wardOf;
    }

    static String id(String... parts) {
        return UUID.nameUUIDFromBytes(("linkwork-demo/" + String.join("/", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    Listings generate() {
        plantProviderOrganisation();
        plantDuplicates();
        plantLanguageGroups();
        for (Ward ward : wards) {
            WardInfo info = info(ward.code());
            List<OrganisationKind> kinds = new ArrayList<>(DemoCatalogue.ORGANISATION_KINDS);
            Collections.shuffle(kinds, random);
            for (int i = 0; i < info.organisations(); i++) {
                generateOrganisation(ward, kinds.get(i % kinds.size()));
            }
        }
        plantProviderWalkingGroup();
        return new Listings(List.copyOf(organizations), List.copyOf(locations.values()), List.copyOf(services),
                Collections.unmodifiableMap(verifiedDaysAgo), Collections.unmodifiableMap(locationWards));
    }

    // ---- planted organisations

    private void plantProviderOrganisation() {
        Ward town = ward("E05001386");
        Organization org = providerOrganisation = organisation("provider", "Halifax Joint and Mobility Group",
                "supports people living with arthritis, joint pain, back pain and stiffness to stay active and connected, "
                        + "across Halifax",
                charity("1290010"), null);
        Plan arthritis = plan("provider-arthritis", "arthritis-group");
        arthritis.name = "Arthritis support group: joint pain and stiffness";
        arthritis.locality = locality(town, "Halifax");
        arthritis.venue = VenueKind.COMMUNITY_CENTRE;
        arthritis.byday = "TH";
        arthritis.opens = LocalTime.of(14, 0);
        arthritis.free = true;
        arthritis.daysAgo = 21;
        arthritis.oneVenue = true;
        service(org, town, arthritis, List.of("wheelchair-accessible"));

        Ward park = ward("E05001380");
        Plan yoga = plan("provider-chair-yoga", "chair-yoga");
        yoga.name = "Chair yoga for stiff joints";
        yoga.locality = locality(park, "King Cross");
        yoga.venue = VenueKind.CHURCH_HALL;
        yoga.byday = "MO";
        yoga.opens = LocalTime.of(10, 30);
        yoga.price = new BigDecimal("3.00");
        yoga.daysAgo = 47;
        yoga.oneVenue = true;
        service(org, park, yoga, List.of());

        Ward skircoat = ward("E05001383");
        Plan water = plan("provider-warm-water", "aqua-therapy");
        water.name = "Warm water exercise for joint pain";
        water.locality = locality(skircoat, "Skircoat Green");
        water.venue = VenueKind.POOL;
        water.byday = "WE";
        water.opens = LocalTime.of(13, 0);
        water.price = new BigDecimal("5.00");
        water.daysAgo = 221;
        water.oneVenue = true;
        service(org, skircoat, water, List.of());

        Plan pain = plan("provider-pain-course", "pain-course");
        pain.name = "Living well with persistent pain: six-week course";
        pain.locality = locality(town, "Halifax");
        pain.venue = VenueKind.LIBRARY;
        pain.byday = "TU";
        pain.opens = LocalTime.of(10, 0);
        pain.free = true;
        pain.daysAgo = 402;
        pain.oneVenue = true;
        service(org, town, pain, List.of("wheelchair-accessible"));

        Plan steady = plan("provider-strength", "strength-balance");
        steady.name = "Steady and strong";
        steady.locality = locality(town, "Boothtown");
        steady.venue = VenueKind.COMMUNITY_CENTRE;
        steady.byday = "FR";
        steady.opens = LocalTime.of(11, 0);
        steady.price = new BigDecimal("2.00");
        steady.daysAgo = 9;
        steady.oneVenue = true;
        service(org, town, steady, List.of());

    }

    /**
     * Planted after everything drawn at random, so that adding it changed nothing else; on a Sunday
     * afternoon, when no other walk nearby runs, so that it is no one's possible duplicate.
     */
    private void plantProviderWalkingGroup() {
        Ward town = ward("E05001386");
        Plan walk = plan("provider-walking-group", "health-walk");
        walk.name = "Gentle walking group for joint pain";
        walk.locality = locality(town, "Halifax");
        walk.venue = VenueKind.PARK;
        walk.byday = "SU";
        walk.opens = LocalTime.of(14, 0);
        walk.free = true;
        walk.daysAgo = 14;
        walk.oneVenue = true;
        service(providerOrganisation, town, walk, List.of());
    }

    private void plantDuplicates() {
        Ward ovenden = ward("E05001379");
        Organization neighboursA = organisation("neighbours-a", "Ovenden Good Neighbours",
                "matches volunteers with older and isolated neighbours in Ovenden and Lee Mount", charity("1290502"), null);
        Organization neighboursB = organisation("neighbours-b", "Ovenden Good Neighbours Scheme",
                "offers befriending visits to older people in north Halifax", charity("1 290 502"), null);
        service(neighboursA, ovenden, plan("neighbours-phone", "befriending-phone"), List.of());
        Plan visits = plan("neighbours-visits", "befriending-visits");
        visits.name = "Befriending visits";
        visits.byday = "MO,TU,WE,TH,FR";
        service(neighboursB, ovenden, visits, List.of());

        Ward todmorden = ward("E05001385");
        Organization pantryA = organisation("pantry-a", "Todmorden Community Pantry CIC",
                "runs a membership food pantry in Todmorden", null, company("19040123"));
        Organization pantryB = organisation("pantry-b", "Todmorden Community Grocery",
                "runs a community grocery for Todmorden, Walsden and Cornholme", null, company("19040123"));
        Plan pantry = plan("pantry-a", "pantry");
        pantry.name = "Community pantry";
        pantry.locality = locality(todmorden, "Todmorden");
        pantry.byday = "TU";
        service(pantryA, todmorden, pantry, List.of());
        Plan grocery = plan("pantry-b", "pantry");
        grocery.name = "Community grocery";
        grocery.locality = locality(todmorden, "Walsden");
        grocery.byday = "FR";
        service(pantryB, todmorden, grocery, List.of());

        Ward brighouse = ward("E05001371");
        Organization trust = organisation("football-a", "Brighouse Sports Community Trust",
                "uses sport to bring people together and improve health in Brighouse", charity("1290733"), null);
        Organization veterans = organisation("football-b", "Calder Veterans Football Network",
                "organises football for older players across the Calder valley", null, null);
        GeoPoint pitch = pointIn(brighouse.code());
        Plan footballA = plan("football-a", "walking-football");
        footballA.name = "Walking football for over 50s";
        footballA.locality = locality(brighouse, "Brighouse");
        footballA.venue = VenueKind.LEISURE_CENTRE;
        footballA.point = pitch;
        footballA.byday = "TU";
        footballA.opens = LocalTime.of(10, 0);
        footballA.oneVenue = true;
        service(trust, brighouse, footballA, List.of());
        Plan footballB = plan("football-b", "walking-football");
        footballB.name = "Walking Football (Over 50s)";
        footballB.locality = locality(brighouse, "Brighouse");
        footballB.venue = VenueKind.SPORTS_CLUB;
        footballB.point = near(pitch, brighouse.code(), 0.25);
        footballB.byday = "TU";
        footballB.opens = LocalTime.of(10, 30);
        footballB.oneVenue = true;
        service(veterans, brighouse, footballB, List.of());

        Ward calder = ward("E05001372");
        Organization choir = organisation("choir", "Hebden Bridge Community Choir",
                "is an open, no-audition choir in Hebden Bridge", null, null);
        Plan choirA = plan("choir-a", "choir");
        choirA.name = "Community choir";
        choirA.locality = locality(calder, "Hebden Bridge");
        choirA.venue = VenueKind.METHODIST_CHURCH;
        choirA.byday = "WE";
        choirA.opens = LocalTime.of(19, 0);
        choirA.oneVenue = true;
        service(choir, calder, choirA, List.of());
        Plan choirB = plan("choir-b", "choir");
        choirB.name = "Community Choir (Wednesdays)";
        choirB.locality = choirA.locality;
        choirB.venue = VenueKind.METHODIST_CHURCH;
        choirB.byday = "WE";
        choirB.opens = LocalTime.of(19, 0);
        choirB.oneVenue = true;
        service(choir, calder, choirB, List.of());
    }

    private void plantLanguageGroups() {
        Ward park = ward("E05001380");
        Organization women = organisation("womens-circle", "Pellon Women's Wellbeing Circle",
                "brings women together in Pellon and King Cross for friendship, health and confidence; volunteers speak "
                        + "English, Urdu and Punjabi", null, null);
        Plan circle = plan("womens-circle", "womens-wellbeing");
        circle.locality = locality(park, "Pellon");
        service(women, park, circle, List.of());

        Ward brighouse = ward("E05001371");
        Organization polish = organisation("polish", "Brighouse Polish Community Association",
                "helps Polish-speaking families settle and thrive in Brighouse and Calderdale", charity("1290845"), null);
        Plan dropIn = plan("polish-dropin", "polish-dropin");
        dropIn.locality = locality(brighouse, "Brighouse");
        service(polish, brighouse, dropIn, List.of());
    }

    // ---- generated organisations

    private void generateOrganisation(Ward ward, OrganisationKind kind) {
        WardInfo info = info(ward.code());
        Locality home = pick(info.localities());
        String name = organisationName(kind, info, home);
        String charity = null;
        String company = null;
        if (kind.charity() && random.nextDouble() < 0.75) {
            charity = charity(unusedNumber(1_291_000, 9_000));
        } else if (random.nextDouble() < 0.25) {
            company = company(unusedNumber(19_100_000, 890_000));
        }
        Organization org = organisation("generated-" + organizations.size(), name,
                kind.about() + " in and around " + home.name(), charity, company);
        int count = weighted(new int[] {1, 2, 3, 4}, new double[] {0.1, 0.3, 0.35, 0.25});
        List<String> activities = new ArrayList<>(kind.activities());
        Collections.shuffle(activities, random);
        for (String key : activities.subList(0, Math.min(count, activities.size()))) {
            Plan plan = plan("generated-" + generated++, key);
            plan.locality = random.nextDouble() < 0.7 ? home : pick(info.localities());
            service(org, ward, plan, List.of());
        }
    }

    private String organisationName(OrganisationKind kind, WardInfo info, Locality home) {
        List<String> areas = new ArrayList<>();
        areas.add(home.name());
        info.localities().stream().map(Locality::name).filter(n -> !areas.contains(n)).forEach(areas::add);
        for (String area : areas) {
            List<String> patterns = new ArrayList<>(kind.namePatterns());
            Collections.shuffle(patterns, random);
            for (String pattern : patterns) {
                String name = pattern.replace("{area}", area).replace("{saint}", pick(DemoCatalogue.SAINTS));
                if (!organisationNames.contains(name)) {
                    return name;
                }
            }
        }
        return kind.namePatterns().getFirst().replace("{area}", home.name()).replace("{saint}", "Mary") + " "
                + (organizations.size() + 1);
    }

    // ---- records

    private Organization organisation(String key, String name, String about, String charity, String company) {
        organisationNames.add(name);
        String slug = slug(name);
        String id = id("organisation", key);
        List<Organization.OrganizationIdentifier> identifiers = new ArrayList<>();
        if (charity != null) {
            identifiers.add(new Organization.OrganizationIdentifier(id(key, "charity"), "GB-CHC",
                    Organization.CHARITY_NUMBER, charity));
        }
        if (company != null) {
            identifiers.add(new Organization.OrganizationIdentifier(id(key, "company"), "GB-COH",
                    Organization.COMPANY_NUMBER, company));
        }
        Organization org = new Organization(id, name, name + " " + about + ". " + FICTIONAL_ORGANISATION,
                "hello@" + slug + ".example.org", "https://" + slug + ".example.org", null, null, null, identifiers);
        organizations.add(org);
        return org;
    }

    private String charity(String number) {
        registrationNumbers.add(number.replace(" ", ""));
        return number;
    }

    private String company(String number) {
        registrationNumbers.add(number);
        return number;
    }

    /** A registration number no other demo organisation has, so that only planted pairs share one. */
    private String unusedNumber(int from, int range) {
        String number;
        do {
            number = String.valueOf(from + random.nextInt(range));
        } while (registrationNumbers.contains(number));
        return number;
    }

    private Plan plan(String key, String activity) {
        return new Plan(key, DemoCatalogue.ACTIVITIES.get(activity));
    }

    private void service(Organization org, Ward ward, Plan plan, List<String> extraAccess) {
        Activity activity = plan.activity;
        WardInfo info = info(ward.code());
        String serviceId = id("service", plan.key);
        String name = plan.name != null ? plan.name : pick(activity.names());
        Locality locality = plan.locality != null ? plan.locality : pick(info.localities());
        VenueKind venueKind = plan.venue != null ? plan.venue : pick(activity.venues());
        Location first = venue(org, ward, locality, venueKind, plan.point);
        GeoPoint point = first.point().orElseThrow();

        List<Location> venues = new ArrayList<>(List.of(first));
        boolean secondVenue = !plan.oneVenue && !activity.boroughWide() && !activity.monthly()
                && info.localities().size() > 1 && random.nextDouble() < 0.12;
        String byday = plan.byday != null ? plan.byday : days(activity, name, point);
        List<String> bydays = new ArrayList<>(List.of(byday));
        if (secondVenue) {
            Locality other = info.localities().stream().filter(l -> !l.equals(locality)).findFirst().orElseThrow();
            Location second = venue(org, ward, other, pick(activity.venues()), null);
            if (!second.id().equals(first.id())) {
                String secondDay = days(activity, name, second.point().orElseThrow());
                if (Collections.disjoint(weekdays(secondDay), weekdays(byday))) {
                    venues.add(second);
                    bydays.add(secondDay);
                }
            }
        }
        LocalTime opens = plan.opens != null ? plan.opens : pick(activity.starts());
        LocalTime closes = opens.plusMinutes(activity.minutes());
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < venues.size(); i++) {
            String days = bydays.get(i);
            boolean monthly = activity.monthly() && plan.byday == null;
            schedules.add(new Schedule(id(serviceId, "schedule", String.valueOf(i)), null, null, null,
                    monthly ? "MONTHLY" : "WEEKLY", 1, days, null, ScheduleWords.describe(days, opens, closes, monthly), opens, closes,
                    venues.size() > 1 ? "At " + venues.get(i).name() : null, activity.attending()));
            placed.add(new Placed(name, weekdays(days), venues.get(i).point().orElseThrow()));
        }

        List<Service.ServiceAtLocation> at = venues.stream()
                .map(v -> new Service.ServiceAtLocation(id(serviceId, "at", v.id()), v.id(), List.of()))
                .toList();
        List<ServiceArea> areas = new ArrayList<>();
        areas.add(new ServiceArea(id(serviceId, "area", "calderdale"), "Calderdale", null, null, CALDERDALE));
        if (!activity.boroughWide()) {
            areas.add(new ServiceArea(id(serviceId, "area", ward.code()), ward.name() + " ward, Calderdale", null, null,
                    "linkwork:ward:" + ward.code()));
        }
        Integer minimumAge = activity.minimumAge() != null && random.nextDouble() < 0.75 ? activity.minimumAge() : null;

        List<Service.Attribute> attributes = new ArrayList<>();
        activity.needs().forEach(code -> attributes.add(attribute(serviceId, LinkworkTaxonomies.needId(code))));
        Set<String> access = new LinkedHashSet<>();
        for (int i = 0; i < activity.access().size(); i++) {
            if (i == 0 || random.nextDouble() < 0.75) {
                access.add(activity.access().get(i));
            }
        }
        access.addAll(extraAccess);
        access.forEach(code -> attributes.add(attribute(serviceId, LinkworkTaxonomies.accessibilityId(code))));
        activity.eligibility().forEach(code -> attributes.add(attribute(serviceId, LinkworkTaxonomies.eligibilityId(code))));

        String where = activity.boroughWide()
                ? "Available anywhere in Calderdale, from our base in " + locality.name() + "."
                : "At " + venues.stream().map(this::venueAndLocality).collect(Collectors.joining(", and at ")) + ".";
        String description = activity.description() + " " + where + " " + FICTIONAL_LISTING;
        String status = random.nextDouble() < 0.015 ? "temporarily closed" : "active";

        Service service = new Service(serviceId, org.id(), name, description, org.website(), org.email(), status, null,
                null, minimumAge, null, null, null,
                "temporarily closed".equals(status) ? "Closed for building work until the spring." : null, null,
                schedules, areas, at, languages(serviceId, ward.code(), activity), List.of(),
                List.of(cost(serviceId, activity, plan)), List.of(contact(serviceId, org)), attributes);
        services.add(service);
        verifiedDaysAgo.put(serviceId, plan.daysAgo != null ? plan.daysAgo : daysAgo());
    }

    private Location venue(Organization org, Ward ward, Locality locality, VenueKind kind, GeoPoint at) {
        WardInfo info = info(ward.code());
        String key = switch (kind) {
            case PARK -> ward.code() + "|park";
            case OFFICE, WORKSHOP, GARDEN -> org.id() + "|" + kind;
            default -> ward.code() + "|" + locality.name() + "|" + kind;
        };
        Location existing = locations.get(key);
        if (existing != null) {
            return existing;
        }
        String name = switch (kind) {
            case COMMUNITY_CENTRE -> locality.name() + " Community Centre";
            case CHURCH_HALL -> "St " + pick(DemoCatalogue.SAINTS) + "'s Church Hall";
            case METHODIST_CHURCH -> locality.name() + " Methodist Church";
            case LIBRARY -> locality.name() + " Library";
            case LEISURE_CENTRE -> locality.name() + " Sports Centre";
            case SPORTS_CLUB -> locality.name() + " Cricket Club pavilion";
            case POOL -> locality.name() + " Pool";
            case PARK -> info.park();
            case VILLAGE_HALL -> locality.name() + " Village Hall";
            case HEALTH_CENTRE -> locality.name() + " Health Centre";
            case GARDEN -> locality.name() + " Community Garden";
            case ALLOTMENTS -> pick(DemoCatalogue.STREETS) + " Allotments";
            case WORKSHOP -> "The Shed, " + pick(DemoCatalogue.STREETS) + " Works";
            case OFFICE -> org.name() + " office";
            case CAFE -> "The " + pick(List.of("Corner", "Canal", "Hillside", "Chapel", "Riverside", "Old School")) + " Café";
        };
        String accessibility = switch (kind) {
            case COMMUNITY_CENTRE, LIBRARY, LEISURE_CENTRE, POOL, HEALTH_CENTRE ->
                    "Level entrance, lift to all floors and an accessible toilet.";
            case PARK -> "Meet at the main gate. Paths are mostly flat; there are benches along the way.";
            case ALLOTMENTS, GARDEN -> "Uneven ground and gravel paths; a raised bed area near the gate.";
            case CHURCH_HALL, METHODIST_CHURCH, VILLAGE_HALL -> "Ramp at the side entrance.";
            default -> null;
        };
        GeoPoint point = at != null ? at : pointIn(ward.code());
        String street = pick(DemoCatalogue.STREETS);
        String address1 = (kind == VenueKind.PARK ? "Main gate, " : (1 + random.nextInt(180)) + " ") + street
                + (locality.name().equals(locality.postTown()) ? "" : ", " + locality.name());
        String locationId = id("location", key);
        Location location = new Location(locationId, "physical", name, null, point.latitude(), point.longitude(), null,
                null,
                List.of(new Location.Address(id(locationId, "address"), null, address1, locality.postTown(), null,
                        "West Yorkshire", locality.outward() + " " + inwardCode(), "GB", "physical")),
                accessibility == null ? List.of()
                        : List.of(new Location.Accessibility(id(locationId, "accessibility"), accessibility, null, null)));
        locations.put(key, location);
        locationWards.put(locationId, ward.code());
        locationLocalities.put(locationId, locality.name());
        return location;
    }

    /** "Elland Library" or "St Mary's Church Hall, Elland": the venue, and its locality when the name lacks it. */
    private String venueAndLocality(Location venue) {
        String locality = locationLocalities.get(venue.id());
        return venue.name().contains(locality) ? venue.name() : venue.name() + ", " + locality;
    }

    /**
     * Days for a service that keep it apart from any alike service nearby on the same day, so that
     * the only duplicates in the demo are those planted on purpose.
     */
    private String days(Activity activity, String name, GeoPoint point) {
        List<String> candidates = new ArrayList<>(activity.days());
        Collections.shuffle(candidates, random);
        if (!activity.monthly() && candidates.size() > 1 && !candidates.getFirst().contains(",")
                && activity.minutes() <= 120 && random.nextDouble() < 0.25) {
            List<String> pair = new ArrayList<>(candidates.subList(0, 2));
            pair.sort(Comparator.comparing(ScheduleWords.DAYS::indexOf));
            candidates.addFirst(String.join(",", pair));
        }
        Stream.of("MO", "TU", "WE", "TH", "FR", "SA").filter(d -> !candidates.contains(d)).forEach(candidates::add);
        String chosen = candidates.stream().filter(d -> !clashes(name, weekdays(d), point)).findFirst()
                .orElse(candidates.getFirst());
        return activity.monthly() ? (1 + random.nextInt(4)) + chosen : chosen;
    }

    private boolean clashes(String name, Set<String> weekdays, GeoPoint point) {
        return placed.stream().anyMatch(p -> p.point().distanceKm(point) < KEEP_APART_KM
                && !Collections.disjoint(p.weekdays(), weekdays) && NameSimilarity.of(p.name(), name) >= 0.4);
    }

    private static Set<String> weekdays(String byday) {
        return Stream.of(byday.split(",")).map(d -> d.replaceAll("^-?\\d", "")).collect(Collectors.toSet());
    }

    private CostOption cost(String serviceId, Activity activity, Plan plan) {
        String id = id(serviceId, "cost");
        boolean free = plan.free != null ? plan.free
                : plan.price == null && (activity.priceUnit() == null || random.nextDouble() < activity.freeChance());
        if (free) {
            return new CostOption(id, null, null, "Free", BigDecimal.ZERO, null);
        }
        BigDecimal price = plan.price != null ? plan.price : priceBetween(activity.minimumPrice(), activity.maximumPrice());
        if (plan.price == null && activity.termWeeks() != null && random.nextDouble() < 0.4) {
            int weeks = activity.termWeeks();
            BigDecimal term = price.multiply(BigDecimal.valueOf(weeks)).multiply(new BigDecimal("0.8"))
                    .setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
            return new CostOption(id, null, null, "Per term", term, "for a " + weeks + "-week term");
        }
        String option = switch (activity.priceUnit()) {
            case "a journey" -> "Per journey";
            case "a week" -> "Weekly membership";
            case "a meal" -> "Per meal";
            default -> "Per session";
        };
        return new CostOption(id, null, null, option, price, activity.priceUnit());
    }

    private BigDecimal priceBetween(BigDecimal minimum, BigDecimal maximum) {
        int steps = maximum.subtract(minimum).multiply(BigDecimal.TWO).intValue();
        return minimum.add(new BigDecimal("0.50").multiply(BigDecimal.valueOf(random.nextInt(steps + 1))));
    }

    private Contact contact(String serviceId, Organization org) {
        String person = pick(DemoCatalogue.FIRST_NAMES) + " " + pick(DemoCatalogue.SURNAMES);
        String number = random.nextDouble() < 0.2
                ? "07700 900" + String.format("%03d", phones++ % 1000)
                : "01632 960" + String.format("%03d", phones++ % 1000);
        return new Contact(id(serviceId, "contact"), person, pick(List.of("Group organiser", "Volunteer coordinator",
                "Project worker", "Session leader")), null, org.email(),
                List.of(new Contact.Phone(id(serviceId, "phone"), number, null)));
    }

    private List<Language> languages(String serviceId, String wardCode, Activity activity) {
        List<Language> languages = new ArrayList<>();
        languages.add(new Language(id(serviceId, "language", "en"), "English", "en", null));
        boolean urduPunjabi = activity.key().equals("womens-wellbeing")
                || (DemoCatalogue.URDU_PUNJABI_WARDS.contains(wardCode) && random.nextDouble() < 0.15);
        if (urduPunjabi) {
            languages.add(new Language(id(serviceId, "language", "ur"), "Urdu", "ur", "Some of our volunteers speak Urdu"));
            languages.add(new Language(id(serviceId, "language", "pa"), "Punjabi", "pa", "Some of our volunteers speak Punjabi"));
        }
        boolean polish = activity.key().equals("polish-dropin")
                || (DemoCatalogue.POLISH_WARDS.contains(wardCode) && random.nextDouble() < 0.06);
        if (polish) {
            languages.add(new Language(id(serviceId, "language", "pl"), "Polish", "pl", "Help is available in Polish"));
        }
        return languages;
    }

    private static Service.Attribute attribute(String serviceId, String termId) {
        return new Service.Attribute(id(serviceId, "attribute", termId), termId, "service", null);
    }

    /** Most listings checked in the last six months, about one in ten six to twelve months ago, one in twenty longer. */
    private int daysAgo() {
        double r = random.nextDouble();
        if (r < 0.85) {
            return random.nextInt(176);
        }
        return r < 0.95 ? 190 + random.nextInt(166) : 372 + random.nextInt(330);
    }

    // ---- geography

    /** A point near where people live in the ward, and inside it. */
    private GeoPoint pointIn(String wardCode) {
        List<GeoPoint> anchors = populatedPoints.getOrDefault(wardCode, List.of());
        for (int attempt = 0; attempt < 40 && !anchors.isEmpty(); attempt++) {
            GeoPoint anchor = anchors.get(random.nextInt(anchors.size()));
            GeoPoint candidate = new GeoPoint(round(anchor.latitude() + (random.nextDouble() - 0.5) * 0.005),
                    round(anchor.longitude() + (random.nextDouble() - 0.5) * 0.008));
            if (wardOf.apply(candidate).filter(wardCode::equals).isPresent()) {
                return candidate;
            }
        }
        return ward(wardCode).centroid();
    }

    /** A point about {@code km} from another, in the same ward. */
    private GeoPoint near(GeoPoint from, String wardCode, double km) {
        double dLat = km / 111.2;
        double dLon = km / (111.2 * Math.cos(Math.toRadians(from.latitude())));
        for (int direction = 0; direction < 8; direction++) {
            double angle = Math.PI / 4 * direction;
            GeoPoint candidate = new GeoPoint(round(from.latitude() + dLat * Math.sin(angle)),
                    round(from.longitude() + dLon * Math.cos(angle)));
            if (wardOf.apply(candidate).filter(wardCode::equals).isPresent()) {
                return candidate;
            }
        }
        return from;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }

    private String inwardCode() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return (1 + random.nextInt(9)) + "" + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }

    // ---- helpers

    private Ward ward(String code) {
        return wards.stream().filter(w -> w.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo needs Calderdale's ward " + code));
    }

    private static WardInfo info(String wardCode) {
        WardInfo info = DemoCatalogue.WARDS.get(wardCode);
        if (info == null) {
            throw new IllegalStateException("No demo localities for ward " + wardCode);
        }
        return info;
    }

    private static Locality locality(Ward ward, String name) {
        return info(ward.code()).localities().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private int weighted(int[] values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.UK).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
