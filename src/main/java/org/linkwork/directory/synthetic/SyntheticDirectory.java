package org.linkwork.directory.synthetic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.place.GeoPoint;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a large, England-wide synthetic directory for capacity tests and benchmarks: services
 * spread over towns in proportion to their population, with realistic activities, schedules, costs
 * and accessibility. Deterministic for a given seed; every record is marked as synthetic.
 */
@Component
public class SyntheticDirectory {

    private record Activity(String name, String description, List<String> needs, List<String> accessibility) {
    }

    private static final List<Activity> ACTIVITIES = List.of(
            new Activity("Health walk", "A gentle led walk on flat paths, at an easy pace, with a cuppa after", List.of("walking", "physical-activity"), List.of("limited-mobility")),
            new Activity("Walking football", "Football at walking pace for older adults; no running, no tackles", List.of("physical-activity"), List.of("step-free")),
            new Activity("Chair-based exercise", "Seated strength and balance exercise to music for people with joint pain", List.of("chair-based-exercise", "msk-friendly-exercise"), List.of("seated-options", "wheelchair-accessible", "step-free")),
            new Activity("Chair yoga", "Gentle yoga done sitting down, good for stiff joints and back pain", List.of("chair-based-exercise", "mental-wellbeing"), List.of("seated-options", "step-free")),
            new Activity("Aqua therapy", "Exercise in a warm pool for arthritis and other joint conditions", List.of("aqua-exercise", "msk-friendly-exercise"), List.of("wheelchair-accessible", "accessible-toilet")),
            new Activity("Arthritis support group", "Meet others living with arthritis and joint pain; talks and tips", List.of("peer-support", "long-term-conditions"), List.of("step-free", "hearing-loop")),
            new Activity("Pain management course", "Six weeks learning to live well with persistent pain", List.of("pain-management", "long-term-conditions"), List.of("step-free", "seated-options")),
            new Activity("Strength and balance class", "Falls prevention exercise to build strength and steadiness", List.of("msk-friendly-exercise", "physical-activity"), List.of("seated-options", "limited-mobility")),
            new Activity("Community garden", "Grow vegetables and flowers together; no experience needed", List.of("nature-green-space", "loneliness-social-connection"), List.of("step-free")),
            new Activity("Men's shed", "Woodwork, repairs and a brew with other men in the community", List.of("loneliness-social-connection", "mental-wellbeing"), List.of()),
            new Activity("Befriending service", "A weekly phone call or visit from a friendly volunteer", List.of("befriending", "loneliness-social-connection"), List.of()),
            new Activity("Bereavement group", "Support and company after losing someone close", List.of("bereavement", "mental-wellbeing"), List.of("step-free", "hearing-loop")),
            new Activity("Carers' cafe", "A break and a chat for people who look after someone", List.of("carers", "peer-support"), List.of("step-free", "accessible-toilet")),
            new Activity("Community transport", "Door-to-door minibus for people who cannot use buses", List.of("transport"), List.of("wheelchair-accessible")),
            new Activity("Debt advice", "Free confidential help with debts, bills and benefits", List.of("money-debt"), List.of("step-free")),
            new Activity("Food bank", "Emergency food parcels with a referral voucher", List.of("food"), List.of("step-free")),
            new Activity("Community choir", "Sing together for fun; no auditions, all voices welcome", List.of("arts-creativity", "loneliness-social-connection"), List.of("seated-options", "hearing-loop")),
            new Activity("Craft group", "Knitting, sewing and crafts with good company", List.of("arts-creativity", "loneliness-social-connection"), List.of("seated-options", "step-free")),
            new Activity("Digital skills drop-in", "Help with phones, tablets and getting online", List.of("digital-skills", "employment-learning"), List.of("step-free")),
            new Activity("Volunteering hub", "Find volunteering that suits you and your time", List.of("volunteering"), List.of()),
            new Activity("Mental health peer support", "A friendly group for people living with low mood or anxiety", List.of("peer-support", "mental-wellbeing"), List.of("step-free")),
            new Activity("Dementia cafe", "A welcoming cafe for people living with dementia and carers", List.of("loneliness-social-connection", "carers"), List.of("step-free", "accessible-toilet", "seated-options")),
            new Activity("Lunch club", "A hot two-course lunch and company for older people", List.of("food", "loneliness-social-connection"), List.of("step-free", "seated-options")),
            new Activity("Inclusive gym", "A gym with staff trained to support limited mobility", List.of("physical-activity", "msk-friendly-exercise"), List.of("wheelchair-accessible", "limited-mobility")),
            new Activity("Tai chi", "Slow flowing movement for balance, calm and joint health", List.of("msk-friendly-exercise", "mental-wellbeing"), List.of("limited-mobility")),
            new Activity("Housing advice", "Advice on renting, repairs, heating and homelessness", List.of("housing", "money-debt"), List.of("step-free")),
            new Activity("Art group", "Painting and drawing for beginners and improvers", List.of("arts-creativity"), List.of("seated-options")),
            new Activity("Cycling for all", "Adapted bikes and trikes so everyone can ride", List.of("physical-activity"), List.of("wheelchair-accessible", "limited-mobility")));

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final String[] VENUES = {"Community Centre", "Library", "Leisure Centre", "Church Hall", "Park Pavilion",
            "Methodist Hall", "Village Hall", "Sports Club", "Health Centre", "Community Hub"};

    private final Directory directory;
    private final TransactionTemplate transaction;

    SyntheticDirectory(Directory directory, TransactionTemplate transaction) {
        this.directory = directory;
        this.transaction = transaction;
    }

    /**
     * Writes {@code services} synthetic services (about three per organisation) in batches.
     *
     * @param progress told the number of services written after each batch
     */
    public void generate(int services, long seed, LongConsumer progress) {
        Random random = new Random(seed);
        int totalPopulation = EnglishTowns.ALL.stream().mapToInt(EnglishTowns.Town::populationThousands).sum();
        int written = 0;
        int organisation = 0;
        while (written < services) {
            int batch = Math.min(300, services - written);
            int start = written;
            int firstOrganisation = organisation;
            int[] next = transaction.execute(status -> writeBatch(random, seed, start, batch, firstOrganisation, totalPopulation));
            written = next[0];
            organisation = next[1];
            progress.accept(written);
        }
    }

    private int[] writeBatch(Random random, long seed, int start, int count, int organisation, int totalPopulation) {
        int written = start;
        int end = start + count;
        while (written < end) {
            EnglishTowns.Town town = pickTown(random, totalPopulation);
            String orgId = id(seed, "organization", organisation);
            String orgName = town.name() + " " + List.of("Community Trust", "Age Well", "Together", "Wellbeing Network",
                    "Neighbourhood Project", "Active Lives", "Voluntary Action").get(random.nextInt(7)) + " " + (organisation + 1);
            List<Organization.OrganizationIdentifier> identifiers = random.nextInt(3) == 0
                    ? List.of(new Organization.OrganizationIdentifier(id(seed, "identifier", organisation), "GB-CHC",
                            Organization.CHARITY_NUMBER, String.valueOf(1_000_000 + random.nextInt(200_000))))
                    : List.of();
            directory.saveOrganization(new Organization(orgId, orgName, "Synthetic organisation for capacity testing.",
                    null, null, null, null, null, identifiers));
            int servicesHere = Math.min(end - written, 1 + random.nextInt(5));
            for (int s = 0; s < servicesHere; s++, written++) {
                writeService(random, seed, town, orgId, written);
            }
            organisation++;
        }
        return new int[] {written, organisation};
    }

    private void writeService(Random random, long seed, EnglishTowns.Town town, String orgId, int n) {
        Activity activity = ACTIVITIES.get(random.nextInt(ACTIVITIES.size()));
        double spreadKm = 2 + Math.sqrt(town.populationThousands()) / 4;
        double lat = town.centre().latitude() + random.nextGaussian() * spreadKm / 111.0;
        double lon = town.centre().longitude()
                + random.nextGaussian() * spreadKm / (111.0 * Math.cos(Math.toRadians(town.centre().latitude())));
        GeoPoint point = new GeoPoint(lat, lon);
        String venue = town.name() + " " + VENUES[random.nextInt(VENUES.length)];
        String locationId = id(seed, "location", n);
        String postcode = town.postcodeArea() + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(20)) + (char) ('A' + random.nextInt(20));
        directory.saveLocation(new Location(locationId, "physical", venue, null, point.latitude(), point.longitude(),
                null, null, List.of(new Location.Address(id(seed, "address", n), null, (1 + random.nextInt(200)) + " High Street",
                        town.name(), null, "England", postcode, "GB", "physical")), List.of()));
        String day = DAYS[random.nextInt(5)];
        int hour = 9 + random.nextInt(10);
        Schedule schedule = new Schedule(id(seed, "schedule", n), null, null, null, "WEEKLY", 1, day, null, null,
                LocalTime.of(hour, 0), LocalTime.of(hour + 1 + random.nextInt(2), 0), null, "in_person");
        boolean free = random.nextBoolean();
        CostOption cost = free
                ? new CostOption(id(seed, "cost", n), null, null, "Free", BigDecimal.ZERO, null)
                : new CostOption(id(seed, "cost", n), null, null, "Per session",
                        BigDecimal.valueOf(100 + random.nextInt(500), 2), "a session");
        List<Service.Attribute> attributes = new ArrayList<>();
        activity.needs().forEach(code -> attributes.add(attribute(seed, n, LinkworkTaxonomies.needId(code))));
        activity.accessibility().stream().filter(code -> random.nextInt(4) > 0)
                .forEach(code -> attributes.add(attribute(seed, n, LinkworkTaxonomies.accessibilityId(code))));
        Integer minimumAge = random.nextInt(4) == 0 ? Integer.valueOf(50 + 10 * random.nextInt(2))
                : random.nextBoolean() ? Integer.valueOf(18) : null;
        directory.saveService(new Service(id(seed, "service", n), orgId, activity.name() + " in " + town.name(),
                activity.description() + ". Synthetic listing for capacity testing.", null, null, "active", null, null,
                minimumAge, null, null, null, null, null, List.of(schedule), List.of(),
                List.of(new Service.ServiceAtLocation(id(seed, "service-at-location", n), locationId, List.of())),
                List.of(), List.of(), List.of(cost), List.of(), attributes));
    }

    private static Service.Attribute attribute(long seed, int n, String termId) {
        return new Service.Attribute(id(seed, "attribute-" + termId, n), termId, "service", null);
    }

    private static EnglishTowns.Town pickTown(Random random, int totalPopulation) {
        int pick = random.nextInt(totalPopulation);
        for (EnglishTowns.Town town : EnglishTowns.ALL) {
            pick -= town.populationThousands();
            if (pick < 0) {
                return town;
            }
        }
        return EnglishTowns.ALL.getLast();
    }

    private static String id(long seed, String kind, int n) {
        return UUID.nameUUIDFromBytes(("synthetic/" + seed + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
