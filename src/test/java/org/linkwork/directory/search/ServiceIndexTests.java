package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkwork.directory.search.Listings.CHAIR_BASED;
import static org.linkwork.directory.search.Listings.HEARING_LOOP;
import static org.linkwork.directory.search.Listings.LONELINESS;
import static org.linkwork.directory.search.Listings.MSK;
import static org.linkwork.directory.search.Listings.WALKING;
import static org.linkwork.directory.search.Listings.WHEELCHAIR;
import static org.linkwork.directory.search.Listings.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Facet;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.SearchQuery.TimeOfDay;
import org.linkwork.directory.SearchResults;
import org.linkwork.place.GeoPoint;

class ServiceIndexTests {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final GeoPoint HALIFAX = new GeoPoint(53.7213, -1.8600);
    static final GeoPoint SOWERBY_BRIDGE = new GeoPoint(53.7087, -1.9079);
    static final GeoPoint HEBDEN_BRIDGE = new GeoPoint(53.7418, -2.0139);
    static final GeoPoint TODMORDEN = new GeoPoint(53.7136, -2.0977);
    static final Map<String, String> WARDS = Map.of("E05001386", "Town", "E05001385", "Todmorden");

    final ServiceIndex index = new ServiceIndex(new ByteBuffersDirectory(), EnglishText.withShippedSynonyms(),
            Clock.fixed(NOW, ZoneOffset.UTC), code -> Optional.ofNullable(WARDS.get(code)));

    {
        index.useVocabulary(Listings.VOCABULARY);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    void add(Listings... listings) {
        for (Listings l : listings) {
            index.put(l.detail(), p -> Optional.of(p.longitude() < -2.05 ? "E05001385" : "E05001386"));
        }
        index.refresh();
    }

    SearchResults search(SearchQuery.Builder query) {
        return index.search(query.build());
    }

    static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::serviceId).toList();
    }

    @Test
    void findsJointPainServicesWhenSearchingForArthritis() {
        Listings jointPain = service("Gentle movers").described("Easy exercise for people with joint pain.");
        Listings choir = service("Community choir").described("Sing with friends.");
        add(jointPain, choir);

        assertThat(ids(search(SearchQuery.builder().text("arthritis")))).containsExactly(jointPain.id());
    }

    @Test
    void findsArthritisServicesWhenSearchingForJointPain() {
        Listings arthritis = service("Arthritis support group").described("Meet others living with arthritis.");
        Listings choir = service("Community choir").described("Sing with friends.");
        add(arthritis, choir);

        assertThat(ids(search(SearchQuery.builder().text("joint pain")))).containsExactly(arthritis.id());
        assertThat(ids(search(SearchQuery.builder().text("stiff joints")))).containsExactly(arthritis.id());
    }

    @Test
    void findsLonelinessServicesFromEverydayWords() {
        Listings befriending = service("Telephone friends").described("A weekly befriending call from a volunteer.");
        add(befriending, service("Swim club").described("Lane swimming."));

        assertThat(ids(search(SearchQuery.builder().text("lonely")))).containsExactly(befriending.id());
        assertThat(ids(search(SearchQuery.builder().text("feeling isolated")))).containsExactly(befriending.id());
    }

    @Test
    void matchesWordsWhateverTheirEnding() {
        Listings swimming = service("Aqua fit").described("Swimming sessions for older adults.");
        add(swimming);

        assertThat(ids(search(SearchQuery.builder().text("swims")))).containsExactly(swimming.id());
        assertThat(ids(search(SearchQuery.builder().text("hydrotherapy")))).containsExactly(swimming.id());
    }

    @Test
    void ranksAServiceNamedForTheWordsAboveOneThatMentionsThem() {
        Listings named = service("Walking football").described("Football at walking pace.");
        Listings mentions = service("Lunch club").described("Lunch, then a short walking tour of the park.");
        add(mentions, named);

        assertThat(ids(search(SearchQuery.builder().text("walking")))).containsExactly(named.id(), mentions.id());
    }

    @Test
    void fallsBackToAnyOfTheWordsWhenNoServiceHasThemAll() {
        Listings walking = service("Health walk").described("A gentle walk.");
        add(walking, service("Choir"));

        SearchResults all = search(SearchQuery.builder().text("walk zumba"));

        assertThat(all.allWordsMatched()).isFalse();
        assertThat(ids(all)).containsExactly(walking.id());
        assertThat(search(SearchQuery.builder().text("gentle walk")).allWordsMatched()).isTrue();
    }

    @Test
    void findsServicesWithANarrowerNeedWhenSearchingForTheBroaderOne() {
        Listings chair = service("Chair yoga").tagged(CHAIR_BASED);
        Listings msk = service("Back care class").tagged(MSK);
        Listings walk = service("Health walk").tagged(WALKING);
        add(chair, msk, walk);

        assertThat(ids(search(SearchQuery.builder().needs("msk-friendly-exercise"))))
                .containsExactlyInAnyOrder(chair.id(), msk.id());
        assertThat(ids(search(SearchQuery.builder().needs("chair-based-exercise")))).containsExactly(chair.id());
        assertThat(ids(search(SearchQuery.builder().needs("chair-based-exercise", "walking"))))
                .containsExactlyInAnyOrder(chair.id(), walk.id());
    }

    @Test
    void keepsServicesWithinTheDistanceNearestFirst() {
        Listings halifax = service("Halifax group").at("Halifax", HALIFAX.latitude(), HALIFAX.longitude());
        Listings sowerby = service("Sowerby group").at("Sowerby Bridge", SOWERBY_BRIDGE.latitude(),
                SOWERBY_BRIDGE.longitude());
        Listings todmorden = service("Todmorden group").at("Todmorden", TODMORDEN.latitude(), TODMORDEN.longitude());
        add(todmorden, halifax, sowerby);

        SearchResults near = search(SearchQuery.builder().near(HALIFAX, 10.0));
        assertThat(ids(near)).containsExactly(halifax.id(), sowerby.id());
        assertThat(near.hits().get(0).distanceKm()).isLessThan(0.1);
        assertThat(near.hits().get(1).distanceKm()).isBetween(3.0, 4.0);

        assertThat(ids(search(SearchQuery.builder().near(TODMORDEN))))
                .containsExactly(todmorden.id(), sowerby.id(), halifax.id());
    }

    @Test
    void measuresToTheNearestOfAServicesLocations() {
        Listings twoVenues = service("Two venues").at("Halifax", HALIFAX.latitude(), HALIFAX.longitude())
                .at("Todmorden", TODMORDEN.latitude(), TODMORDEN.longitude());
        Listings hebden = service("Hebden group").at("Hebden Bridge", HEBDEN_BRIDGE.latitude(),
                HEBDEN_BRIDGE.longitude());
        add(hebden, twoVenues);

        SearchResults results = search(SearchQuery.builder().near(TODMORDEN, 2.0));

        assertThat(ids(results)).containsExactly(twoVenues.id());
        assertThat(results.hits().getFirst().distanceKm()).isLessThan(0.1);
    }

    @Test
    void findsServicesByDayAndPartOfTheDayOfTheSameSession() {
        Listings mondayMorningTuesdayEvening = service("Split").weekly("MO", LocalTime.of(10, 0), LocalTime.of(11, 0))
                .weekly("TU", LocalTime.of(18, 30), LocalTime.of(20, 0));
        Listings mondayEvening = service("Monday evening").weekly("MO,WE", LocalTime.of(19, 0), LocalTime.of(21, 0));
        Listings firstTuesday = service("First Tuesday").monthly("1TU", LocalTime.of(14, 0), LocalTime.of(16, 0));
        add(mondayMorningTuesdayEvening, mondayEvening, firstTuesday);

        assertThat(ids(search(SearchQuery.builder().days(DayOfWeek.MONDAY).timeOfDay(TimeOfDay.EVENING))))
                .containsExactly(mondayEvening.id());
        assertThat(ids(search(SearchQuery.builder().days(DayOfWeek.TUESDAY))))
                .containsExactlyInAnyOrder(mondayMorningTuesdayEvening.id(), firstTuesday.id());
        assertThat(ids(search(SearchQuery.builder().timeOfDay(TimeOfDay.AFTERNOON)))).containsExactly(firstTuesday.id());
        assertThat(ids(search(SearchQuery.builder().timeOfDay(TimeOfDay.MORNING))))
                .containsExactly(mondayMorningTuesdayEvening.id());
        assertThat(ids(search(SearchQuery.builder().between(LocalTime.of(18, 0), LocalTime.of(20, 30)))))
                .containsExactly(mondayMorningTuesdayEvening.id());
    }

    @Test
    void findsServicesThatTakeThePersonsAge() {
        Listings over50 = service("Over 50s").ages(50, null);
        Listings youth = service("Youth club").ages(11, 18);
        Listings anyone = service("Open to all");
        add(over50, youth, anyone);

        assertThat(ids(search(SearchQuery.builder().age(67)))).containsExactlyInAnyOrder(over50.id(), anyone.id());
        assertThat(ids(search(SearchQuery.builder().age(18)))).containsExactlyInAnyOrder(youth.id(), anyone.id());
        assertThat(ids(search(SearchQuery.builder().age(50)))).containsExactlyInAnyOrder(over50.id(), anyone.id());
    }

    @Test
    void findsFreeServicesAndThoseWithinABudget() {
        Listings free = service("Free walk").costs("Free", "0");
        Listings three = service("Yoga").costs("Per session", "3.00");
        Listings ten = service("Swim").costs("Per session", "10");
        add(free, three, ten);

        SearchResults freeOnly = search(SearchQuery.builder().freeOnly(true));
        assertThat(ids(freeOnly)).containsExactly(free.id());
        assertThat(freeOnly.hits().getFirst().cost()).isEqualTo("Free");
        assertThat(ids(search(SearchQuery.builder().maxCost(new BigDecimal("5")))))
                .containsExactlyInAnyOrder(free.id(), three.id());
        assertThat(search(SearchQuery.builder().text("yoga")).hits().getFirst().cost()).isEqualTo("£3 a session");
    }

    @Test
    void findsServicesWithEveryAccessibilityFeatureAsked() {
        Listings both = service("Both").tagged(WHEELCHAIR, HEARING_LOOP);
        Listings wheelchair = service("Wheelchair").tagged(WHEELCHAIR);
        add(both, wheelchair, service("Neither"));

        assertThat(ids(search(SearchQuery.builder().accessibility("wheelchair-accessible"))))
                .containsExactlyInAnyOrder(both.id(), wheelchair.id());
        SearchResults withLoop = search(SearchQuery.builder().accessibility("wheelchair-accessible", "hearing-loop"));
        assertThat(ids(withLoop)).containsExactly(both.id());
        assertThat(withLoop.hits().getFirst().accessibility()).containsExactlyInAnyOrder("Wheelchair accessible",
                "Hearing loop");
    }

    @Test
    void ranksListingsThatMayBeOutOfDateLastButStillShowsThem() {
        Listings stale = service("Walking group A").described("Weekly walk.").verified(Instant.parse("2025-10-01T00:00:00Z"));
        Listings fresh = service("Walking group B").described("Weekly walk.");
        add(stale, fresh);

        SearchResults results = search(SearchQuery.builder().text("walking group"));

        assertThat(ids(results)).containsExactly(fresh.id(), stale.id());
        assertThat(results.hits().get(1).freshness()).isEqualTo(Freshness.MAY_BE_OUT_OF_DATE);
        assertThat(results.hits().get(0).freshness()).isEqualTo(Freshness.CURRENT);
        assertThat(ids(search(SearchQuery.builder().text("walking group").includeOutOfDate(false))))
                .containsExactly(fresh.id());
    }

    @Test
    void outranksAStaleListingEvenWhenItIsNearer() {
        Listings staleNear = service("Stale near").at("Halifax", HALIFAX.latitude(), HALIFAX.longitude())
                .verified(Instant.parse("2025-01-01T00:00:00Z"));
        Listings freshFar = service("Fresh far").at("Todmorden", TODMORDEN.latitude(), TODMORDEN.longitude());
        add(staleNear, freshFar);

        assertThat(ids(search(SearchQuery.builder().near(HALIFAX)))).containsExactly(freshFar.id(), staleNear.id());
    }

    @Test
    void leavesAListingsStandingToACallerThatWeighsItItself() {
        Listings staleNear = service("Stale near").at("Halifax", HALIFAX.latitude(), HALIFAX.longitude())
                .verified(Instant.parse("2025-01-01T00:00:00Z"));
        Listings freshFar = service("Fresh far").at("Todmorden", TODMORDEN.latitude(), TODMORDEN.longitude());
        add(staleNear, freshFar);

        SearchResults unranked = search(SearchQuery.builder().near(HALIFAX).rankedByStanding(false));

        assertThat(ids(unranked)).containsExactly(staleNear.id(), freshFar.id());
        assertThat(unranked.hits().getFirst().freshness()).isEqualTo(Freshness.MAY_BE_OUT_OF_DATE);
    }

    @Test
    void listsTemporarilyClosedServicesMarkedAndLowerButNotInactiveOnes() {
        Listings closed = service("Craft club A").status("temporarily closed");
        Listings open = service("Craft club B");
        Listings gone = service("Craft club C").status("defunct");
        add(closed, open, gone);

        SearchResults results = search(SearchQuery.builder().text("craft club"));

        assertThat(ids(results)).containsExactly(open.id(), closed.id());
        assertThat(results.hits().get(1).temporarilyClosed()).isTrue();
    }

    @Test
    void removesAServiceThatIsNoLongerListed() {
        Listings walk = service("Health walk");
        add(walk);
        add(walk.status("inactive"));

        assertThat(search(SearchQuery.builder().text("health walk")).total()).isZero();
    }

    @Test
    void countsTheResultsForEachFacetValue() {
        add(service("A").tagged(CHAIR_BASED, WHEELCHAIR).weekly("MO", LocalTime.of(10, 0), LocalTime.of(11, 0))
                        .costs("Free", null).at("Halifax", HALIFAX.latitude(), HALIFAX.longitude()),
                service("B").tagged(WALKING, WHEELCHAIR).weekly("MO,TU", LocalTime.of(10, 0), LocalTime.of(11, 0))
                        .costs("Per session", "2").at("Todmorden", TODMORDEN.latitude(), TODMORDEN.longitude()),
                service("C").tagged(LONELINESS).weekly("WE", LocalTime.of(14, 0), LocalTime.of(15, 0)));

        SearchResults all = search(SearchQuery.builder());
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facet(Facet.NEEDS).count("msk-friendly-exercise")).isEqualTo(1);
        assertThat(all.facet(Facet.NEEDS).count("chair-based-exercise")).isEqualTo(1);
        assertThat(all.facet(Facet.NEEDS).count("physical-activity")).isEqualTo(1);
        assertThat(all.facet(Facet.ACCESSIBILITY).count("wheelchair-accessible")).isEqualTo(2);
        assertThat(all.facet(Facet.DAYS).count("MONDAY")).isEqualTo(2);
        assertThat(all.facet(Facet.DAYS).count("WEDNESDAY")).isEqualTo(1);
        assertThat(all.facet(Facet.COST).count("free")).isEqualTo(2);
        assertThat(all.facet(Facet.COST).count("paid")).isEqualTo(1);
        assertThat(all.facet(Facet.WARD).values()).extracting(Facet.Value::label, Facet.Value::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Town", 1L),
                        org.assertj.core.groups.Tuple.tuple("Todmorden", 1L));
        assertThat(all.facet(Facet.NEEDS).values()).extracting(Facet.Value::label).contains("Chair-based exercise");

        SearchResults onMonday = search(SearchQuery.builder().days(DayOfWeek.MONDAY));
        assertThat(onMonday.total()).isEqualTo(2);
        assertThat(onMonday.facet(Facet.COST).count("free")).isEqualTo(1);
        assertThat(onMonday.facet(Facet.NEEDS).count("loneliness-social-connection")).isZero();
        assertThat(onMonday.facet(Facet.DAYS).count("WEDNESDAY"))
                .as("choosing another day widens the search, so the days facet leaves out the days chosen")
                .isEqualTo(1);
    }

    @Test
    void pagesThroughResultsInAStableOrder() {
        for (int i = 0; i < 25; i++) {
            add(service(String.format("Group %02d", i)));
        }

        SearchResults third = index.search(SearchQuery.builder().page(3, 10).build());

        assertThat(third.total()).isEqualTo(25);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hits()).extracting(SearchHit::name).containsExactly("Group 20", "Group 21", "Group 22",
                "Group 23", "Group 24");
    }

    @Test
    void showsTheUsualTimesAndAPartOfTheDescriptionAroundTheWordsSearched() {
        String description = "Our friendly group meets in the church hall. ".repeat(6)
                + "We do chair-based exercise to music, then have tea and a chat.";
        add(service("Move to music").described(description).weekly("TU", LocalTime.of(10, 0), LocalTime.of(11, 0))
                .monthly("1TH", LocalTime.of(14, 0), LocalTime.of(15, 30)));

        SearchHit hit = search(SearchQuery.builder().text("seated exercise")).hits().getFirst();

        assertThat(hit.when()).isEqualTo("Tuesdays 10am to 11am; First Thursday of the month 2pm to 3:30pm");
        assertThat(hit.snippet()).startsWith("…").contains("chair-based exercise").hasSizeLessThanOrEqualTo(202);
    }
}
