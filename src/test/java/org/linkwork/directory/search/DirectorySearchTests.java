package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.Facet;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.SearchQuery.TimeOfDay;
import org.linkwork.directory.SearchResults;
import org.linkwork.directory.Service;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search over services saved through the directory. Each test makes its own organisation and
 * searches within it, so demo data, if any, does not matter. The change log is not polled here
 * (once an hour), so what a test finds was applied when its transaction committed, or by the
 * test calling the poll itself.
 */
@SpringBootTest(properties = "linkwork.search.follow-interval=1h")
class DirectorySearchTests {

    /** Ward centroids stand for postcode districts: HX1 is Town, HX7 Calder, OL14 Todmorden. */
    static final GeoPoint HALIFAX_CENTRE = new GeoPoint(53.7210, -1.8590);
    static final GeoPoint HEBDEN_BRIDGE = new GeoPoint(53.7420, -2.0130);
    static final GeoPoint TODMORDEN = new GeoPoint(53.7137, -2.0980);

    @Autowired
    Directory directory;

    @Autowired
    DirectorySearch search;

    @Autowired
    IndexFollower follower;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    String organizationId;

    @BeforeEach
    void anOrganisationOfItsOwn() {
        organizationId = id();
        directory.saveOrganization(new Organization(organizationId, "Search test group " + organizationId, null, null,
                null, null, null, null, List.of()));
    }

    SearchQuery.Builder ours() {
        return SearchQuery.builder().organization(organizationId);
    }

    List<String> ids(SearchQuery.Builder query) {
        return search.search(query.build()).hits().stream().map(SearchHit::serviceId).toList();
    }

    @Test
    void findsJointPainServicesWhenSearchingForArthritisAndTheReverse() {
        String jointPain = save(listing("Gentle movers").description("Easy exercise if you live with joint pain."));
        String arthritis = save(listing("Arthritis café").description("A friendly chat about arthritis."));
        save(listing("Allotment group").description("Grow vegetables together."));

        assertThat(ids(ours().text("arthritis"))).containsExactlyInAnyOrder(jointPain, arthritis);
        assertThat(ids(ours().text("joint pain"))).containsExactlyInAnyOrder(jointPain, arthritis);
    }

    @Test
    void findsChairBasedExerciseWhenSearchingForMskFriendlyExercise() {
        String chair = save(listing("Seated strength").need("chair-based-exercise"));
        String aqua = save(listing("Warm water").need("aqua-exercise"));
        save(listing("Health walk").need("walking"));

        assertThat(ids(ours().needs("msk-friendly-exercise"))).containsExactlyInAnyOrder(chair, aqua);
    }

    @Test
    void ordersByDistanceFromAPostcodeAndKeepsToTheDistanceChosen() {
        String halifax = save(listing("Halifax meet-up").at(HALIFAX_CENTRE));
        String hebden = save(listing("Hebden meet-up").at(HEBDEN_BRIDGE));
        String todmorden = save(listing("Todmorden meet-up").at(TODMORDEN));

        GeoPoint ol14 = places.locate("where", "OL14 5AB").point();
        SearchResults fromTodmorden = search.search(ours().near(ol14).build());
        assertThat(fromTodmorden.hits()).extracting(SearchHit::serviceId).containsExactly(todmorden, hebden, halifax);
        assertThat(fromTodmorden.hits()).extracting(SearchHit::distanceKm).isSorted();

        GeoPoint hx1 = places.locate("where", "HX1 1UJ").point();
        assertThat(ids(ours().near(hx1, 5.0))).containsExactly(halifax);
        assertThat(ids(ours().near(places.locate("where", "HX7").point(), 8.0))).containsExactlyInAnyOrder(hebden, todmorden);
    }

    @Test
    void findsServicesByDayTimeAgeCostAndAccessibility() {
        String tuesdayMorning = save(listing("Tuesday stretch").weekly("TU", 10, 11).ages(50, null).free()
                .accessibility("wheelchair-accessible", "hearing-loop"));
        String firstTuesdayAfternoon = save(listing("Monthly lunch").monthly("1TU", 12, 14).costs("3.50")
                .accessibility("wheelchair-accessible"));
        String youthEvening = save(listing("Youth club").weekly("MO,TH", 18, 20).ages(11, 18).free());

        assertThat(ids(ours().days(DayOfWeek.TUESDAY))).containsExactlyInAnyOrder(tuesdayMorning, firstTuesdayAfternoon);
        assertThat(ids(ours().days(DayOfWeek.TUESDAY).timeOfDay(TimeOfDay.AFTERNOON))).containsExactly(firstTuesdayAfternoon);
        assertThat(ids(ours().timeOfDay(TimeOfDay.EVENING))).containsExactly(youthEvening);
        assertThat(ids(ours().age(72))).containsExactlyInAnyOrder(tuesdayMorning, firstTuesdayAfternoon);
        assertThat(ids(ours().age(15))).containsExactlyInAnyOrder(firstTuesdayAfternoon, youthEvening);
        assertThat(ids(ours().freeOnly(true))).containsExactlyInAnyOrder(tuesdayMorning, youthEvening);
        assertThat(ids(ours().maxCost(new BigDecimal("3")))).containsExactlyInAnyOrder(tuesdayMorning, youthEvening);
        assertThat(ids(ours().accessibility("wheelchair-accessible", "hearing-loop"))).containsExactly(tuesdayMorning);

        SearchHit hit = search.search(ours().text("monthly lunch").build()).hits().getFirst();
        assertThat(hit.when()).isEqualTo("First Tuesday of the month midday to 2pm");
        assertThat(hit.cost()).isEqualTo("£3.50 a session");
        assertThat(hit.accessibility()).containsExactly("Wheelchair accessible");
    }

    @Test
    void findsAServiceByTheDaysAndTimesItsScheduleSaysOnlyInWords() {
        String mondayAfternoon = save(listing("Steady steps").inWords("12-week programme, Mondays 1.30pm to 2.30pm."));
        String weekdays = save(listing("Advice line").inWords("Monday to Friday, 9am to 5pm"));
        save(listing("Befriending visits").inWords("An hour a week at a time agreed with your volunteer"));

        assertThat(ids(ours().days(DayOfWeek.MONDAY))).containsExactlyInAnyOrder(mondayAfternoon, weekdays);
        assertThat(ids(ours().days(DayOfWeek.MONDAY).timeOfDay(TimeOfDay.AFTERNOON))).containsExactly(mondayAfternoon);
        assertThat(ids(ours().days(DayOfWeek.FRIDAY).timeOfDay(TimeOfDay.MORNING))).containsExactly(weekdays);
        assertThat(search.search(ours().build()).facet(Facet.DAYS).count("MONDAY")).isEqualTo(2);
    }

    @Test
    void countsEachFacetValueOverTheResults() {
        save(listing("One").need("walking").weekly("MO", 10, 11).free().at(HALIFAX_CENTRE)
                .accessibility("step-free"));
        save(listing("Two").need("chair-based-exercise").weekly("MO,WE", 10, 11).costs("2").at(TODMORDEN)
                .accessibility("step-free"));
        save(listing("Three").need("befriending").weekly("FR", 14, 15).free().at(TODMORDEN));

        SearchResults all = search.search(ours().build());
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facet(Facet.NEEDS).count("physical-activity")).isEqualTo(1);
        assertThat(all.facet(Facet.NEEDS).count("msk-friendly-exercise")).isEqualTo(1);
        assertThat(all.facet(Facet.NEEDS).count("loneliness-social-connection")).isEqualTo(1);
        assertThat(all.facet(Facet.DAYS).count("MONDAY")).isEqualTo(2);
        assertThat(all.facet(Facet.ACCESSIBILITY).count("step-free")).isEqualTo(2);
        assertThat(all.facet(Facet.COST).count("free")).isEqualTo(2);
        assertThat(all.facet(Facet.WARD).count("E05001385")).isEqualTo(2);
        assertThat(all.facet(Facet.WARD).values()).extracting(Facet.Value::label).contains("Todmorden", "Town");

        SearchResults free = search.search(ours().freeOnly(true).build());
        assertThat(free.total()).isEqualTo(2);
        assertThat(free.facet(Facet.ACCESSIBILITY).count("step-free")).isEqualTo(1);
        assertThat(free.facet(Facet.DAYS).count("WEDNESDAY")).isZero();
    }

    @Test
    void ranksAListingNotVerifiedForThirteenMonthsLastAndSaysItMayBeOutOfDate() {
        Listing staleListing = listing("Singing for the brain A");
        String stale = save(staleListing);
        String fresh = save(listing("Singing for the brain B"));
        jdbc.sql("update service set last_verified_at = :when where id = :id")
                .param("when", Timestamp.from(Instant.now().minus(396, ChronoUnit.DAYS))).param("id", stale).update();
        save(staleListing);

        SearchResults results = search.search(ours().text("singing").build());

        assertThat(results.hits()).extracting(SearchHit::serviceId).containsExactly(fresh, stale);
        assertThat(results.hits().get(1).freshness()).isEqualTo(Freshness.MAY_BE_OUT_OF_DATE);
        assertThat(results.hits().get(1).mayBeOutOfDate()).isTrue();
    }

    @Test
    void findsAChangeAsSoonAsItIsSavedWithoutARestart() {
        Listing listing = listing("Knit and natter");
        String id = save(listing);
        assertThat(ids(ours().text("knit"))).containsExactly(id);

        save(listing.name("Crochet circle"));
        assertThat(ids(ours().text("knit"))).isEmpty();
        assertThat(ids(ours().text("crochet"))).containsExactly(id);

        save(listing.status("inactive"));
        assertThat(ids(ours().text("crochet"))).isEmpty();
    }

    @Test
    void followsChangesWrittenByAnotherNode() {
        String id = save(listing("Repair café"));
        // Another node writes the database and the change log; this node's index hears of it only by polling.
        jdbc.sql("update service set name = 'Fix-it café' where id = :id").param("id", id).update();
        jdbc.sql("insert into directory_change (entity_type, entity_id) values ('service', :id)").param("id", id).update();

        assertThat(ids(ours().text("fix"))).isEmpty();
        follower.poll();
        assertThat(ids(ours().text("fix"))).containsExactly(id);
    }

    @Test
    void resumesTheSavedIndexAtStartAndCatchesUpOnChangesMadeWhileItWasStopped() {
        String id = save(listing("Book club"));
        follower.poll();
        // While this node is stopped, another writes a change.
        jdbc.sql("update service set name = 'Reading circle' where id = :id").param("id", id).update();
        jdbc.sql("insert into directory_change (entity_type, entity_id) values ('service', :id)").param("id", id).update();

        assertThat(follower.start()).isTrue();

        assertThat(ids(ours().text("reading"))).containsExactly(id);
    }

    @Test
    void appliesAtStartAChangeWhoseTransactionCommittedOnlyAfterTheIndexWasSaved() {
        String early = save(listing("Chess club"));
        String late = save(listing("Draughts club"));
        follower.poll();
        long latest = jdbc.sql("select max(seq) from directory_change").query(Long.class).single();
        // Change latest+1 is still in a transaction while latest+2 commits, and the index is saved meanwhile.
        jdbc.sql("update service set name = 'Chess and go club' where id = :id").param("id", early).update();
        jdbc.sql("insert into directory_change (seq, entity_type, entity_id) overriding system value values (:seq, 'service', :id)")
                .param("seq", latest + 2).param("id", early).update();
        follower.poll();
        jdbc.sql("update service set name = 'Draughts and checkers club' where id = :id").param("id", late).update();
        jdbc.sql("insert into directory_change (seq, entity_type, entity_id) overriding system value values (:seq, 'service', :id)")
                .param("seq", latest + 1).param("id", late).update();

        jdbc.sql("select setval(pg_get_serial_sequence('directory_change', 'seq'), (select max(seq) from directory_change))")
                .query(Long.class).single();

        assertThat(follower.start()).isTrue();

        assertThat(ids(ours().text("checkers"))).containsExactly(late);
        assertThat(ids(ours().text("go"))).containsExactly(early);
    }

    @Test
    void rebuildsAtStartWhenTheSavedIndexDoesNotMatchTheChangeLog() {
        String id = save(listing("Film club"));
        follower.poll();
        // As if the index had been saved against another database: its last change is not this log's.
        jdbc.sql("update directory_change set changed_at = changed_at - interval '1 day' where seq = (select max(seq) from directory_change)")
                .update();

        assertThat(follower.start()).isFalse();

        assertThat(ids(ours().text("film"))).containsExactly(id);
    }

    @Test
    void followsAChangeOfVenueToTheServicesThatUseIt() {
        Listing listing = listing("Coffee morning").at(HALIFAX_CENTRE);
        String id = save(listing);
        Location venue = listing.locations.getFirst();

        directory.saveLocation(new Location(venue.id(), "physical", "Moved", null, TODMORDEN.latitude(),
                TODMORDEN.longitude(), null, null, List.of(), List.of()));

        assertThat(ids(ours().near(TODMORDEN, 1.0))).containsExactly(id);
    }

    // --- making listings ---

    Listing listing(String name) {
        return new Listing(name);
    }

    String save(Listing listing) {
        listing.locations.forEach(directory::saveLocation);
        directory.saveService(listing.service());
        return listing.id;
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    class Listing {
        final String id = id();
        String name;
        String description;
        String status = "active";
        Integer minimumAge;
        Integer maximumAge;
        final List<Schedule> schedules = new ArrayList<>();
        final List<CostOption> costs = new ArrayList<>();
        final List<String> termIds = new ArrayList<>();
        final List<Location> locations = new ArrayList<>();

        Listing(String name) {
            this.name = name;
        }

        Listing name(String name) {
            this.name = name;
            return this;
        }

        Listing description(String description) {
            this.description = description;
            return this;
        }

        Listing status(String status) {
            this.status = status;
            return this;
        }

        Listing need(String code) {
            termIds.add(LinkworkTaxonomies.needId(code));
            return this;
        }

        Listing accessibility(String... codes) {
            for (String code : codes) {
                termIds.add(LinkworkTaxonomies.accessibilityId(code));
            }
            return this;
        }

        Listing weekly(String byday, int opens, int closes) {
            schedules.add(new Schedule(id(), null, null, null, "WEEKLY", 1, byday, null, null, LocalTime.of(opens, 0),
                    LocalTime.of(closes, 0), null, "in_person"));
            return this;
        }

        /** A schedule with its days and times only in words, as many imported listings give them. */
        Listing inWords(String description) {
            schedules.add(new Schedule(id(), null, null, null, null, null, null, null, description, null, null, null,
                    null));
            return this;
        }

        Listing monthly(String byday, int opens, int closes) {
            schedules.add(new Schedule(id(), null, null, null, "MONTHLY", 1, byday, null, null, LocalTime.of(opens, 0),
                    LocalTime.of(closes, 0), null, "in_person"));
            return this;
        }

        Listing ages(Integer minimum, Integer maximum) {
            this.minimumAge = minimum;
            this.maximumAge = maximum;
            return this;
        }

        Listing free() {
            costs.add(new CostOption(id(), null, null, "Free", BigDecimal.ZERO, null));
            return this;
        }

        Listing costs(String pounds) {
            costs.add(new CostOption(id(), null, null, "Per session", new BigDecimal(pounds), null));
            return this;
        }

        Listing at(GeoPoint point) {
            locations.add(new Location(id(), "physical", name + " venue", null, point.latitude(), point.longitude(),
                    null, null, List.of(), List.of()));
            return this;
        }

        Service service() {
            return new Service(id, organizationId, name, description, null, null, status, null, null, minimumAge,
                    maximumAge, null, null, null, null, schedules, List.of(),
                    locations.stream().map(l -> new Service.ServiceAtLocation(id + "-" + l.id(), l.id(), List.of())).toList(),
                    List.of(), List.of(), costs, List.of(),
                    termIds.stream().map(t -> new Service.Attribute(id(), t, "service", null)).toList());
        }
    }
}
