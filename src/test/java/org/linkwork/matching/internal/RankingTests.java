package org.linkwork.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.vocabulary.Concept;
import org.linkwork.matching.vocabulary.ConceptKind;
import org.linkwork.matching.vocabulary.Lexicon;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.matching.vocabulary.ReadConcept;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Ward;

/**
 * How topics, need codes, rarity and nearness weigh in a service's score, on listings made here (no database).
 */
class RankingTests {

    static final GeoPoint HOME = new GeoPoint(53.72, -1.86);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant NOW = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    static final Verdict PASSED = new Verdict(List.of(), List.of());

    static final Topic BREATHING = topic("breathing", Set.of("long-term-conditions"), "breathing", "copd");
    /** A breathing group some way from HOME. */
    static final ServiceFacts FAR_BREATHING_GROUP = service("Breathing easier group", "For people with COPD.", null,
            53.77, -1.86);
    static final Topic WALKING = topic("walking", Set.of("walking"), "walk", "walking");

    @Test
    void aNeedCodeRecordedOnServicesAboutOtherThingsSaysLessThanOneWhoseServicesSayTheTopicsWords() {
        ServiceFacts heartGroup = service("Heart support group", "For people living with a heart condition.",
                "long-term-conditions");
        ServiceFacts walkingCodeOnly = service("Tuesday stroll", "An easy hour round the park.", "walking");
        List<ServiceFacts> services = new ArrayList<>(List.of(heartGroup, walkingCodeOnly,
                service("Diabetes group", "Meet others living with diabetes.", "long-term-conditions"),
                service("Stroke club", "A club for stroke survivors.", "long-term-conditions"),
                service("Breathing easier group", "For people with COPD.", "long-term-conditions")));
        for (int i = 0; i < 4; i++) {
            services.add(service("Health walk " + i, "A led walk.", "walking"));
        }
        TopicWeights weights = new TopicWeights(services);

        assertThat(weights.match(BREATHING, heartGroup)).isLessThan(weights.match(WALKING, walkingCodeOnly));
        assertThat(weights.match(BREATHING, heartGroup)).isLessThan(TopicMatch.NEED);
    }

    @Test
    void aNeedAskedForByItsCodeCountsInFullOnEveryServiceRecordedWithIt() {
        ServiceFacts heartGroup = service("Heart support group", "For people living with a heart condition.",
                "long-term-conditions");
        Topic asked = new Topic("need:long-term-conditions", "Long-term conditions", Set.of("long-term-conditions"),
                List.of(Phrase.of("long-term conditions")), 1.0, "Asked for", Set.of());
        TopicWeights weights = new TopicWeights(List.of(heartGroup,
                service("Breathing easier group", "For people with COPD.", "long-term-conditions")));

        assertThat(weights.match(asked, heartGroup)).isEqualTo(TopicMatch.NEED);
    }

    /** The far breathing group among nine services of another kind (rare) or of its own (common). */
    private static TopicWeights breathingGroupAmong(String name, String description) {
        List<ServiceFacts> services = new ArrayList<>(List.of(FAR_BREATHING_GROUP));
        for (int i = 0; i < 9; i++) {
            services.add(service(name + " " + i, description, null));
        }
        return new TopicWeights(services);
    }

    @Test
    void aRareKindOfServiceLosesLessOfItsScoreToDistanceThanTheSameServiceWhereItsKindIsCommon() {
        Situation situation = situation(List.of(BREATHING), false);
        double km = FAR_BREATHING_GROUP.nearestKm(HOME).orElseThrow();

        double rare = score(situation, breathingGroupAmong("Lunch club", "A hot meal and a chat."), FAR_BREATHING_GROUP, km);
        double common = score(situation, breathingGroupAmong("Breathing group", "For people with COPD."),
                FAR_BREATHING_GROUP, km);

        assertThat(km).isGreaterThan(5);
        assertThat(rare).isGreaterThan(common);
    }

    @Test
    void someoneKeptInCannotGoFurtherForARareKindOfService() {
        Situation keptIn = keptIn(List.of(BREATHING));
        double km = FAR_BREATHING_GROUP.nearestKm(HOME).orElseThrow();
        TopicWeights rare = breathingGroupAmong("Lunch club", "A hot meal and a chat.");
        TopicWeights common = breathingGroupAmong("Breathing group", "For people with COPD.");

        double rareKeeps = score(keptIn, rare, FAR_BREATHING_GROUP, km) / score(keptIn, rare, FAR_BREATHING_GROUP, 0.0);
        double commonKeeps = score(keptIn, common, FAR_BREATHING_GROUP, km)
                / score(keptIn, common, FAR_BREATHING_GROUP, 0.0);

        assertThat(rareKeeps).isCloseTo(commonKeeps, within(1e-9));
        assertThat(rareKeeps).isLessThan(0.8);
    }

    @Test
    void aVenueFarAwayKeepsLittleMoreThanHalfOfItsScore() {
        ServiceFacts near = coffeeMorningNorthOfHome(0);
        ServiceFacts far = coffeeMorningNorthOfHome(200);
        TopicWeights weights = new TopicWeights(List.of(near, far));
        Situation canTravel = situation(List.of(), false);
        Situation cannotTravel = situation(List.of(), true);

        assertThat(score(canTravel, weights, far, 200.0) / score(canTravel, weights, near, 0.0))
                .isCloseTo(0.55, within(0.01));
        assertThat(score(cannotTravel, weights, far, 200.0) / score(cannotTravel, weights, near, 0.0))
                .isCloseTo(0.5, within(0.01));
    }

    @Test
    void aServiceThatComesToSomeoneWhoCanTravelIsAsNearAsAVenueAtTheUsualDistance() {
        ServiceFacts byPhone = phoneService();
        ServiceFacts venue = coffeeMorningNorthOfHome(Ranking.DISTANCE_PIVOT_KM);
        Situation canTravel = situation(List.of(), false);
        TopicWeights weights = new TopicWeights(List.of(byPhone, venue));

        double phone = score(canTravel, weights, byPhone, null);
        double atPivot = score(canTravel, weights, venue, venue.nearestKm(HOME).orElseThrow());

        assertThat(venue.nearestKm(HOME).orElseThrow()).isCloseTo(Ranking.DISTANCE_PIVOT_KM, within(0.01));
        assertThat(phone).isCloseTo(atPivot, within(0.005));
    }

    @Test
    void aServiceThatComesToSomeoneWhoCannotTravelIsNearerThanAVenueAtTheDistanceTheyCanManage() {
        ServiceFacts byPhone = phoneService();
        ServiceFacts venue = coffeeMorningNorthOfHome(Ranking.NEARBY_PIVOT_KM);
        Situation cannotTravel = keptIn();
        TopicWeights weights = new TopicWeights(List.of(byPhone, venue));

        assertThat(score(cannotTravel, weights, byPhone, null))
                .isGreaterThan(score(cannotTravel, weights, venue, venue.nearestKm(HOME).orElseThrow()) + 0.02);
    }

    @Test
    void aServiceThatComesToSomeoneWhoWouldLikeSomewhereCloseToHomeIsNoNearerThanForSomeoneWhoCanTravel() {
        ServiceFacts byPhone = phoneService();
        TopicWeights weights = new TopicWeights(List.of(byPhone));
        Situation closeToHome = situation(List.of(), true);

        Judged wish = Ranking.judge(closeToHome, weights, byPhone, PASSED, null).orElseThrow();
        Judged keptIn = Ranking.judge(keptIn(), weights, byPhone, PASSED, null).orElseThrow();

        double distanceWeight = Ranking.NEARBY_DISTANCE_WEIGHT;
        assertThat(wish.score() / keptIn.score()).isCloseTo(
                (1 - distanceWeight * (1 - Ranking.OUTREACH_NEARNESS_CAN_TRAVEL))
                        / (1 - distanceWeight * (1 - Ranking.OUTREACH_NEARNESS)), within(1e-9));
    }

    @Test
    void aVenueKeepsHalfItsScoreForSomeoneHouseboundUnlessItComesToThemOrGetsThemThere() {
        ServiceFacts byPhone = phoneService();
        ServiceFacts venue = coffeeMorningNorthOfHome(0.5);
        ServiceFacts collects = service("Lunch club", "A hot lunch and company. We can collect you from home.", null);
        TopicWeights weights = new TopicWeights(List.of(byPhone, venue, collects));
        Preference housebound = new Preference(Ranking.HOUSEBOUND, "Housebound", List.of(Phrase.of("collect you")),
                Set.of(), List.of(), "Comes to you at home or by phone", true);
        Situation kept = new Situation(HOME, Optional.empty(), List.of(), List.of(housebound), List.of(), List.of(),
                true, false, Constraints.NONE);
        Situation rarelyOut = new Situation(HOME, Optional.empty(), List.of(), List.of(new Preference("rarely-out",
                "Rarely gets out", housebound.fits(), Set.of(), List.of(), housebound.reason(), true)), List.of(), List.of(),
                true, false, Constraints.NONE);

        Judged atTheHall = Ranking.judge(kept, weights, venue, PASSED, 0.5).orElseThrow();
        assertThat(atTheHall.score()).isCloseTo(score(rarelyOut, weights, venue, 0.5) * Ranking.HOUSEBOUND_VENUE,
                within(1e-9));
        assertThat(atTheHall.cautions()).contains("Meets at a venue: you said getting out of the house is hard");
        assertThat(Ranking.judge(kept, weights, byPhone, PASSED, null).orElseThrow().cautions())
                .noneMatch(c -> c.startsWith("Meets at a venue"));
        assertThat(score(kept, weights, collects, 0.5)).isCloseTo(score(rarelyOut, weights, collects, 0.5), within(1e-9));
    }

    @Test
    void aVenueWhoseWordsSuitAnotherWishOfSomeoneHouseboundIsStillCut() {
        ServiceFacts venue = coffeeMorningNorthOfHome(0.5);
        TopicWeights weights = new TopicWeights(List.of(venue));
        Preference housebound = new Preference(Ranking.HOUSEBOUND, "Housebound", List.of(Phrase.of("collect you")),
                Set.of(), List.of(), "Comes to you at home or by phone", true);
        Preference company = new Preference("groups", "Likes a group", List.of(Phrase.of("coffee")), Set.of(),
                List.of(), "In a group", false);
        Situation kept = new Situation(HOME, Optional.empty(), List.of(), List.of(housebound, company), List.of(),
                List.of(), true, false, Constraints.NONE);

        Judged atTheHall = Ranking.judge(kept, weights, venue, PASSED, 0.5).orElseThrow();
        assertThat(atTheHall.reasons()).contains("In a group");
        assertThat(atTheHall.cautions()).contains("Meets at a venue: you said getting out of the house is hard");
    }

    /** Someone who cannot travel far: something keeps them in, and community transport goes alongside. */
    private static Situation keptIn() {
        return keptIn(List.of());
    }

    private static Situation keptIn(List<Topic> topics) {
        ReadConcept transport = new Lexicon(1, List.of(concept("community-transport", ConceptKind.NEED,
                List.of("community transport"), "community-transport", List.of("transport")))).concept(
                "community-transport").orElseThrow();
        return new Situation(HOME, Optional.empty(), topics, List.of(), List.of(),
                List.of(new Situation.Alongside(transport, "Cannot get there")), true, false, Constraints.NONE);
    }

    @Test
    void aPeerGroupForPeopleLivingWithANeedThePersonDidNotSpeakOfIsCutAndSaysWhoItIsFor() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("heart", ConceptKind.NEED, List.of("heart attack", "cardiac"), "long-term-conditions",
                        List.of("heart", "cardiac")),
                concept("physical-activity", ConceptKind.ACTIVITY, List.of("exercise", "exercising", "exercise class"),
                        "physical-activity", List.of("exercise"))));
        ServiceFacts cardiac = recordedWith("Cardiac support and exercise", "Exercise with others who have been there.",
                List.of("peer-support", "physical-activity"));
        ServiceFacts seated = recordedWith("Seated exercise class", "Exercise in a chair, with music.",
                List.of("physical-activity"));
        TopicWeights weights = new TopicWeights(List.of(cardiac, seated));

        Situation wantsAClass = read(lexicon, "Wants an exercise class to keep moving.");
        Judged forOthers = Ranking.judge(wantsAClass, weights, cardiac, PASSED, 1.0).orElseThrow();
        Judged open = Ranking.judge(wantsAClass, weights, seated, PASSED, 1.0).orElseThrow();
        Situation afterAHeartAttack = read(lexicon, "Heart attack in March and he's nervous about exercising again.");
        Judged forThem = Ranking.judge(afterAHeartAttack, weights, cardiac, PASSED, 1.0).orElseThrow();

        assertThat(wantsAClass.unspoken()).extracting(ReadConcept::code).containsExactly("heart");
        assertThat(forOthers.score()).isLessThan(open.score());
        assertThat(forOthers.cautions()).anyMatch(c -> c.startsWith("A group for: heart"));
        assertThat(afterAHeartAttack.unspoken()).isEmpty();
        assertThat(forThem.score()).isGreaterThan(forOthers.score());
        assertThat(forThem.cautions()).noneMatch(c -> c.startsWith("A group for"));
    }

    @Test
    void aGroupWhoseOrganisationCallsItAPeerSupportGroupIsForPeopleLivingWithWhatItsNameSays() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("stroke", ConceptKind.NEED, List.of("stroke"), "long-term-conditions", List.of("stroke")),
                concept("volunteering", ConceptKind.ACTIVITY, List.of("volunteer", "feel useless"), "volunteering",
                        List.of("volunteer"))));
        ServiceFacts survivors = service("Stroke Survivors Group", "Students volunteer with us.", null,
                "Peer support group.");
        ServiceFacts centre = service("Volunteer Centre", "Find a way to volunteer.", null, "Volunteer centre.");
        TopicWeights weights = new TopicWeights(List.of(survivors, centre));

        Situation useless = read(lexicon, "I feel a bit useless now.");
        Judged forOthers = Ranking.judge(useless, weights, survivors, PASSED, 1.0).orElseThrow();

        assertThat(forOthers.cautions()).anyMatch(c -> c.startsWith("A group for: stroke"));
        assertThat(Ranking.judge(read(lexicon, "A stroke last year, and I feel useless."), weights, survivors, PASSED,
                1.0).orElseThrow().cautions()).noneMatch(c -> c.startsWith("A group for"));
    }

    @Test
    void aServiceWhoseNameSaysItIsForANeedThePersonDidNotSpeakOfIsForOthers() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("msk", ConceptKind.NEED, List.of("bad back", "joint pain"), "msk-friendly-exercise",
                        List.of("backs")),
                concept("physical-activity", ConceptKind.ACTIVITY, List.of("exercise class"), "physical-activity",
                        List.of("exercise"))));
        ServiceFacts forBacks = service("Exercise class for bad backs", "Stretches and strength.", null);
        ServiceFacts namingBacksOtherwise = service("Bad back? Exercise class", "Stretches and strength.", null);

        Situation wantsAClass = read(lexicon, "Wants an exercise class");
        Situation hasABadBack = read(lexicon, "Bad back from work, wants an exercise class");

        assertThat(Ranking.forOthers(wantsAClass, forBacks)).map(ReadConcept::code).contains("msk");
        assertThat(Ranking.forOthers(wantsAClass, namingBacksOtherwise)).isEmpty();
        assertThat(Ranking.forOthers(hasABadBack, forBacks)).isEmpty();
    }

    @Test
    void aServiceWhoseNameGivesANeedThePersonDidNotSpeakOfAsItsOwnerIsForOthers() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("carers", ConceptKind.NEED, List.of("carer", "look after"), "carers", List.of("carers")),
                concept("loneliness", ConceptKind.NEED, List.of("knows nobody"), "loneliness-social-connection",
                        List.of("coffee"))));
        ServiceFacts carersMorning = service("Carers' Coffee Morning", "Coffee and cake.", null);
        ServiceFacts carerMorning = service("Coffee morning for all, carer’s, welcome", "Coffee and cake.", null);
        ServiceFacts churchMorning = service("St Mark's Coffee Morning", "Coffee and cake, all welcome.", null);
        ServiceFacts carersNamedOtherwise = service("Coffee morning, carers welcome", "Coffee and cake.", null);

        Situation newcomer = read(lexicon, "Moved up in the summer and knows nobody.");
        Situation carer = read(lexicon, "I look after my husband and knows nobody round here.");

        assertThat(Ranking.forOthers(newcomer, carersMorning)).map(ReadConcept::code).contains("carers");
        assertThat(Ranking.forOthers(newcomer, carerMorning)).map(ReadConcept::code).contains("carers");
        assertThat(Ranking.forOthers(newcomer, churchMorning)).isEmpty();
        assertThat(Ranking.forOthers(newcomer, carersNamedOtherwise)).isEmpty();
        assertThat(Ranking.forOthers(carer, carersMorning)).isEmpty();
    }

    @Test
    void aNeedAskedForByItsCodeIsSpokenOf() {
        Lexicon lexicon = new Lexicon(1, List.of(concept("heart", ConceptKind.NEED, List.of("cardiac"),
                "long-term-conditions", List.of("cardiac"))));
        TaxonomyTerm term = new TaxonomyTerm(LinkworkTaxonomies.needId("long-term-conditions"), "long-term-conditions",
                "Long-term conditions", null, null, LinkworkTaxonomies.NEEDS, null);

        Situation asked = Situations.read(lexicon, null, Map.of("long-term-conditions", term), Constraints.NONE, HOME,
                Optional.empty());

        assertThat(asked.unspoken()).isEmpty();
    }

    @Test
    void aServiceThatComesToThePersonIsCutWhenTheyWantSomewhereToGo() {
        Concept gettingOut = new Concept(UUID.randomUUID(), "getting-out", "Getting out and about", ConceptKind.BARRIER,
                List.of("somewhere to go", "get out of the house"), List.of(), List.of(), List.of(),
                List.of("telephone", "phone call"), List.of(), false, "", true, 1);
        Lexicon lexicon = new Lexicon(1, List.of(gettingOut));
        ServiceFacts byPhone = phoneService();
        TopicWeights weights = new TopicWeights(List.of(byPhone));

        Judged wantsToGo = Ranking.judge(read(lexicon, "Wants somewhere to go"), weights, byPhone, PASSED, null)
                .orElseThrow();
        Judged cannotGetOut = Ranking.judge(read(lexicon, "She can't get out of the house"), weights, byPhone, PASSED,
                null).orElseThrow();

        assertThat(wantsToGo.score()).isCloseTo(cannotGetOut.score() * Ranking.AVOID_FACTOR, within(0.001));
        assertThat(wantsToGo.cautions()).contains("Mentions telephone: may not suit getting out and about");
        assertThat(cannotGetOut.cautions()).isEmpty();
    }

    @Test
    void anActivityThatOnlyBringsANeedOnCountsAsLittleAsOtherWords() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("breathing", ConceptKind.NEED, List.of("breathless"), "long-term-conditions", List.of("copd")),
                concept("walking", ConceptKind.ACTIVITY, List.of("walking"), "walking", List.of("walk"))));

        Situation setting = read(lexicon, "Gets breathless walking up the hill");
        Situation wanted = read(lexicon, "Gets breathless, loves walking");

        assertThat(setting.topics()).filteredOn(t -> t.code().equals("walking")).extracting(Topic::weight)
                .containsExactly(Situations.CONTEXT_WEIGHT);
        assertThat(wanted.topics()).filteredOn(t -> t.code().equals("walking")).extracting(Topic::weight)
                .containsExactly(1.0);
        assertThat(setting.topics()).filteredOn(t -> t.code().equals("breathing")).extracting(Topic::weight)
                .containsExactly(1.0);
    }

    @Test
    void aNeedThatOnlyKeepsThePersonInCountsAsLittleAsOtherWords() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("msk", ConceptKind.NEED, List.of("hip"), "msk-friendly-exercise", List.of("joints")),
                concept("loneliness", ConceptKind.NEED, List.of("on her own"), "social-connection", List.of("company")),
                new Concept(UUID.randomUUID(), "transport-barrier", "Cannot get there", ConceptKind.BARRIER,
                        List.of("can't get there", "buses are hard"), List.of(), List.of("door to door"), List.of(),
                        List.of(), List.of("community-transport"), true, "Gets you there", true, 1)));

        Situation keptIn = read(lexicon, "On her own all day, can't get there, no car and the buses are hard with her hip");
        Situation asked = read(lexicon, "Can't get there, and wants something for her hip");

        assertThat(keptIn.topics()).filteredOn(t -> t.code().equals("msk")).extracting(Topic::weight)
                .containsExactly(Situations.CONTEXT_WEIGHT);
        assertThat(keptIn.topics()).filteredOn(t -> t.code().equals("loneliness")).extracting(Topic::weight)
                .containsExactly(1.0);
        assertThat(asked.topics()).filteredOn(t -> t.code().equals("msk")).extracting(Topic::weight)
                .containsExactly(1.0);
    }

    @Test
    void aListingSayingThePersonsOwnWordFitsBetterThanOneSayingAnotherOfTheTopicsWords() {
        Lexicon lexicon = new Lexicon(1, List.of(concept("outdoors", ConceptKind.ACTIVITY, List.of("woods", "outdoors"),
                "nature-green-space", List.of("woods", "garden", "allotment"))));
        Situation woods = read(lexicon, "Likes being outdoors in the woods");
        Situation outdoors = read(lexicon, "Likes being outdoors");
        ServiceFacts conservation = service("Conservation volunteering", "Look after local woods and footpaths.", null);
        ServiceFacts garden = service("Growing together", "Grow vegetables in our garden.", null);

        Topic saidWoods = woods.topics().getFirst();
        assertThat(saidWoods.said()).extracting(Phrase::text).containsExactly("woods");
        assertThat(outdoors.topics().getFirst().said()).isEmpty();
        assertThat(TopicMatch.of(saidWoods, conservation)).isCloseTo(TopicMatch.IN_DESCRIPTION + TopicMatch.SAID,
                within(0.001));
        assertThat(TopicMatch.of(saidWoods, garden)).isCloseTo(TopicMatch.IN_DESCRIPTION, within(0.001));
        assertThat(TopicMatch.of(outdoors.topics().getFirst(), conservation))
                .isCloseTo(TopicMatch.of(outdoors.topics().getFirst(), garden), within(0.001));
    }

    @Test
    void aGroupForMenOrForWomenIsCutUnlessThePersonsWordsShowTheyAreOne() {
        Lexicon lexicon = new Lexicon(1, List.of(
                new Concept(UUID.randomUUID(), "loneliness", "Company", ConceptKind.NEED, List.of("lonely"),
                        List.of(), List.of("coffee", "chat"), List.of(), List.of(), List.of(), false, "Company", true, 1),
                new Concept(UUID.randomUUID(), "women", "Women's groups", ConceptKind.BARRIER,
                        List.of("other women", "ladies"), List.of(), List.of("women's", "ladies"), List.of(), List.of(),
                        List.of(), false, "For women", true, 1),
                new Concept(UUID.randomUUID(), "men", "Men's groups", ConceptKind.BARRIER, List.of("other blokes"),
                        List.of(), List.of("men's", "for men"), List.of(), List.of(), List.of(), false, "For men", true,
                        1)));
        ServiceFacts womensGroup = service("Women's coffee and chat", "A coffee and a chat.", null);
        TopicWeights weights = new TopicWeights(List.of(womensGroup));

        Judged unknown = Ranking.judge(read(lexicon, "Lonely since moving here"), weights, womensGroup, PASSED, 1.0)
                .orElseThrow();
        Judged her = Ranking.judge(read(lexicon, "She is lonely since moving here"), weights, womensGroup, PASSED, 1.0)
                .orElseThrow();
        Judged him = Ranking.judge(read(lexicon, "He is lonely since moving here"), weights, womensGroup, PASSED, 1.0)
                .orElseThrow();

        assertThat(unknown.score()).isCloseTo(her.score() * Ranking.OTHERS_GROUP_FACTOR, within(0.001));
        assertThat(him.score()).isCloseTo(unknown.score(), within(0.001));
        assertThat(unknown.cautions()).contains("Women's groups: check it suits them");
        assertThat(her.cautions()).noneMatch(c -> c.startsWith("Women's"));
        assertThat(read(lexicon, "Lonely, would like to meet other women").otherAudiences())
                .extracting(ReadConcept::code).containsExactly("men");
    }

    @Test
    void aGroupForVeteransIsCutUnlessThePersonSaidTheyServed() {
        Lexicon lexicon = new Lexicon(1, List.of(
                new Concept(UUID.randomUUID(), "loneliness", "Company", ConceptKind.NEED, List.of("lonely"),
                        List.of(), List.of("breakfast", "chat"), List.of(), List.of(), List.of(), false, "Company", true, 1),
                new Concept(UUID.randomUUID(), "veterans", "Armed forces veterans", ConceptKind.NEED,
                        List.of("ex-army", "veteran"), List.of(), List.of("veterans", "armed forces"), List.of(),
                        List.of(), List.of(), false, "For veterans", true, 1)));
        ServiceFacts veteransBreakfast = service("Veterans' breakfast club", "A breakfast and a chat.", null);
        TopicWeights weights = new TopicWeights(List.of(veteransBreakfast));

        Judged civilian = Ranking.judge(read(lexicon, "Lonely since his wife died"), weights, veteransBreakfast, PASSED,
                1.0).orElseThrow();
        Judged served = Ranking.judge(read(lexicon, "Lonely since his wife died, ex-army"), weights, veteransBreakfast,
                PASSED, 1.0).orElseThrow();

        assertThat(civilian.cautions()).contains("Armed forces veterans: check it suits them");
        assertThat(served.cautions()).noneMatch(c -> c.startsWith("Armed forces"));
        assertThat(served.reasons()).contains("For veterans");
        assertThat(civilian.score()).isLessThan(served.score() * Ranking.OTHERS_GROUP_FACTOR + 0.001);
    }

    @Test
    void aWordThatMayNotSuitCountsOnlyWhenTheServiceItselfSaysIt() {
        Concept gentle = new Concept(UUID.randomUUID(), "gentle-activity", "Gentle activity", ConceptKind.ACTIVITY,
                List.of("something gentle"), List.of(), List.of("gentle"), List.of(), List.of("running"), List.of(),
                false, "", true, 1);
        Situation situation = read(new Lexicon(1, List.of(gentle)), "Wants something gentle");
        ServiceFacts chairClass = service("Gentle chair exercise", "Gentle moves sitting down.", null,
                "Runs a running club, led walks and a chair-based class.");
        ServiceFacts runningClub = service("Gentle start running club", "Gentle running for beginners.", null,
                null);
        TopicWeights weights = new TopicWeights(List.of(chairClass, runningClub));

        Judged chair = Ranking.judge(situation, weights, chairClass, PASSED, 1.0).orElseThrow();
        Judged club = Ranking.judge(situation, weights, runningClub, PASSED, 1.0).orElseThrow();

        assertThat(chair.cautions()).noneMatch(c -> c.startsWith("Mentions"));
        assertThat(club.cautions()).contains("Mentions running: may not suit gentle activity");
        assertThat(club.score()).isCloseTo(chair.score() * Ranking.AVOID_FACTOR, within(0.001));
    }

    @Test
    void aWordSaidOnceInADescriptionCountsOnceHoweverManyOfTheTopicsWordsShareItsStem() {
        Topic breathing = topic("breathing", Set.of(), "breathing", "breath", "breathe", "copd", "lung");
        ServiceFacts yoga = service("Chair yoga", "Stretching and breathing for stiff joints.", null);
        ServiceFacts lungGroup = service("Tuesday group", "For people with COPD and other lung conditions: breathing "
                + "exercises and a chat.", null);

        assertThat(TopicMatch.words(breathing.words(), yoga)).isEqualTo(TopicMatch.IN_DESCRIPTION);
        assertThat(TopicMatch.words(breathing.words(), lungGroup)).isGreaterThan(TopicMatch.IN_DESCRIPTION);
    }

    @Test
    void daysAndTimesSaidInWordsAreReadAsWhenThePersonCanGoOrCannot() {
        Lexicon lexicon = whenLexicon();

        SaidTimes mornings = read(lexicon, "Can only do mornings as she works afternoons").saidTimes();
        SaidTimes notMondays = read(lexicon, "Not Mondays, that's dialysis").saidTimes();
        SaidTimes dialysis = read(lexicon, "He has dialysis on Mondays and Thursdays are best").saidTimes();
        SaidTimes cannot = read(lexicon, "She can't do mornings, weekends only").saidTimes();

        assertThat(mornings.parts()).containsExactly(PartOfDay.MORNING);
        assertThat(mornings.notParts()).containsExactly(PartOfDay.AFTERNOON);
        assertThat(notMondays.notDays()).containsExactly(DayOfWeek.MONDAY);
        assertThat(notMondays.days()).isEmpty();
        assertThat(dialysis.notDays()).containsExactly(DayOfWeek.MONDAY);
        assertThat(dialysis.days()).containsExactly(DayOfWeek.THURSDAY);
        assertThat(cannot.notParts()).containsExactly(PartOfDay.MORNING);
        assertThat(cannot.parts()).isEmpty();
        assertThat(cannot.days()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(cannot.said()).isEqualTo("weekends, not mornings");
        assertThat(read(lexicon, "Loves the coffee morning at church").saidTimes().isEmpty()).isTrue();
    }

    @Test
    void theRequestsOwnDaysAndTimesWinOverWhatWasSaid() {
        Lexicon lexicon = whenLexicon();
        Constraints evenings = new Constraints(null, Set.of(), Set.of(PartOfDay.EVENING), null, null, false, false,
                null, false);

        SaidTimes said = Situations.read(lexicon, "Can only do mornings, not Mondays", Map.of(), evenings, HOME,
                Optional.empty()).saidTimes();

        assertThat(said.parts()).isEmpty();
        assertThat(said.notDays()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void aServiceAtATimeThePersonSaidTheyCanGoSaysSoAndOneAtAnotherTimeIsCutWithACaution() {
        Lexicon lexicon = whenLexicon();
        ServiceFacts tuesdayMorning = meetingAt("TU", LocalTime.of(10, 0));
        ServiceFacts thursdayAfternoon = meetingAt("TH", LocalTime.of(14, 0));
        ServiceFacts noTimes = recordedWith("Lunch club", "Company for lonely people over lunch.", List.of());
        TopicWeights weights = new TopicWeights(List.of(tuesdayMorning, thursdayAfternoon, noTimes));
        Situation mornings = read(lexicon, "Lonely. Can only do mornings");
        Situation anyTime = read(lexicon, "Lonely");

        Judged fits = Ranking.judge(mornings, weights, tuesdayMorning, PASSED, 1.0).orElseThrow();
        Judged elsewhen = Ranking.judge(mornings, weights, thursdayAfternoon, PASSED, 1.0).orElseThrow();
        Judged unlisted = Ranking.judge(mornings, weights, noTimes, PASSED, 1.0).orElseThrow();

        assertThat(fits.reasons()).contains("Tuesday morning: when you said you can go");
        assertThat(fits.score()).isCloseTo(score(anyTime, weights, tuesdayMorning, 1.0), within(1e-9));
        assertThat(elsewhen.cautions()).contains("Runs Thursday afternoon: you said mornings");
        assertThat(elsewhen.score()).isCloseTo(score(anyTime, weights, thursdayAfternoon, 1.0) * SaidTimes.ELSEWHEN_FACTOR,
                within(1e-9));
        assertThat(unlisted.cautions()).contains("Times not listed: check it runs when you can go");
        assertThat(unlisted.score()).isCloseTo(score(anyTime, weights, noTimes, 1.0), within(1e-9));
    }

    @Test
    void aDaySaidNotToSuitCutsOnlyAServiceThatRunsOnNoOtherDay() {
        Lexicon lexicon = whenLexicon();
        ServiceFacts monday = meetingAt("MO", LocalTime.of(10, 0));
        ServiceFacts mondayAndWednesday = meetingAt("MO,WE", LocalTime.of(10, 0));
        TopicWeights weights = new TopicWeights(List.of(monday, mondayAndWednesday));
        Situation notMondays = read(lexicon, "Lonely. Not Mondays, that's dialysis");

        Judged cut = Ranking.judge(notMondays, weights, monday, PASSED, 1.0).orElseThrow();
        Judged kept = Ranking.judge(notMondays, weights, mondayAndWednesday, PASSED, 1.0).orElseThrow();

        assertThat(cut.cautions()).contains("Runs Monday morning: you said not Mondays");
        assertThat(kept.cautions()).noneMatch(c -> c.startsWith("Runs"));
        assertThat(kept.reasons()).noneMatch(r -> r.contains("when you said"));
        assertThat(cut.score()).isLessThan(kept.score());
    }

    @Test
    void aDaySaidOfOneOccasionIsNotWhenThePersonCanGo() {
        Lexicon lexicon = whenLexicon();

        assertThat(read(lexicon, "Lonely since she had a fall last Thursday").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely. Seeing the GP next Monday").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely. Thursdays suit her").saidTimes().days()).containsExactly(DayOfWeek.THURSDAY);
    }

    @Test
    void aTimeSaidOfSomeoneElsesWeekIsNotWhenThePersonCanGo() {
        Lexicon lexicon = whenLexicon();

        assertThat(read(lexicon, "Lonely. Daughter visits at weekends").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely. Her husband works Mondays").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely. Her daughter can bring her at weekends").saidTimes().days())
                .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(read(lexicon, "Lonely. Daughter visits. She can do Mondays").saidTimes().days())
                .containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void aRangeOfDaysSaidIsEveryDayInIt() {
        Lexicon lexicon = whenLexicon();

        assertThat(read(lexicon, "Lonely. Her son can take her out Tuesday to Thursday").saidTimes().days())
                .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(read(lexicon, "Lonely. Free Friday-Monday").saidTimes().days()).containsExactlyInAnyOrder(
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(read(lexicon, "Lonely. Tuesdays and Thursdays suit her").saidTimes().days())
                .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void daysSpentBusyAnywhereInTheClauseAreNotWhenThePersonCanGo() {
        Lexicon lexicon = whenLexicon();

        SaidTimes careHome = read(lexicon, "Lonely. I work in a care home Monday to Friday. Weekends only").saidTimes();
        SaidTimes shifts = read(lexicon, "Lonely. Works shifts and can only do Tuesdays").saidTimes();

        assertThat(careHome.notDays()).contains(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(careHome.days()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(shifts.days()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(shifts.notDays()).isEmpty();
    }

    @Test
    void aServiceThatServesOtherPlacesIsNeverSuggested() {
        Lexicon lexicon = whenLexicon();
        Ward park = new Ward("E05001234", "Park", "calderdale", HOME);
        Situation inPark = Situations.read(lexicon, "Lonely", Map.of(), Constraints.NONE, HOME, Optional.of(park));
        Situation elsewhere = Situations.read(lexicon, "Lonely", Map.of(), Constraints.NONE, HOME, Optional.empty());
        ServiceFacts forPark = phoneServiceFor(new ServiceArea("a", "Park", null, null, "linkwork:ward:E05001234"));
        ServiceFacts forTodmorden = phoneServiceFor(new ServiceArea("a", "Todmorden", null, null, "linkwork:ward:E05009999"));
        ServiceFacts forCalderdale = phoneServiceFor(new ServiceArea("a", "Calderdale", null, null, "linkwork:place:calderdale"));
        ServiceFacts forWhitby = phoneServiceFor(new ServiceArea("a", "Whitby and the Esk Valley", null, null, null));

        assertThat(HardConstraints.check(inPark, forPark, null)).isPresent();
        assertThat(HardConstraints.check(inPark, forTodmorden, null)).isEmpty();
        assertThat(HardConstraints.check(elsewhere, forCalderdale, null)).isEmpty();
        assertThat(HardConstraints.check(elsewhere, forWhitby, null)).isPresent();
        ServiceFacts venue = coffeeMorningNorthOfHome(1);
        assertThat(HardConstraints.check(inPark, venue, HardConstraints.FARTHEST_KM - 1)).isPresent();
        assertThat(HardConstraints.check(inPark, venue, HardConstraints.FARTHEST_KM + 1)).isEmpty();
    }

    @Test
    void whatThePersonKeepsComingBackToWeighsMore() {
        Lexicon lexicon = new Lexicon(1, List.of(
                concept("money", ConceptKind.NEED, List.of("sanction", "bailiffs", "council tax"), "money-debt",
                        List.of("debt")),
                concept("families", ConceptKind.NEED, List.of("single dad"), "families", List.of("children"))));

        Situation said = read(lexicon, "Single dad. UC sanction, bailiffs' letters about council tax");

        assertThat(said.topics()).filteredOn(t -> t.code().equals("money")).singleElement()
                .extracting(Topic::weight).isEqualTo(Situations.MOST_MENTIONS_WEIGHT);
        assertThat(said.topics()).filteredOn(t -> t.code().equals("families")).singleElement()
                .extracting(Topic::weight).isEqualTo(1.0);
    }

    @Test
    void anAgeSaidInTheNoteIsTheAgeWhenNoneIsGiven() {
        Lexicon lexicon = whenLexicon();
        Constraints thirty = Constraints.NONE.withAge(30);

        assertThat(read(lexicon, "Older man, 70. Lonely since his partner died").constraints().age()).isEqualTo(70);
        assertThat(Situations.read(lexicon, "Older man, 70. Lonely", Map.of(), thirty, HOME, Optional.empty())
                .constraints().age()).isEqualTo(30);
        assertThat(read(lexicon, "Lonely since his partner of 35 years died").constraints().age()).isNull();
    }

    @Test
    void aDaySaidOfWhatHappenedIsNotWhenThePersonCanGo() {
        Lexicon lexicon = whenLexicon();

        assertThat(read(lexicon, "Lonely. She fell on Monday and is scared to go out").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely. Discharged from hospital Tuesday").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely, and low since Friday").saidTimes().isEmpty()).isTrue();
        assertThat(read(lexicon, "Lonely. She went to a group on Mondays till the bus stopped").saidTimes().days())
                .containsExactly(DayOfWeek.MONDAY);
        assertThat(read(lexicon, "Lonely. She could come on Monday").saidTimes().days()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void withOtherConstraintsASituationStillWeighsEverythingThePersonSaid() {
        Situation said = read(whenLexicon(), "Lonely. Can only do mornings, not Mondays");
        Constraints within5Km = new Constraints(5.0, Set.of(), Set.of(), null, null, false, false, null, false);

        Situation relaxed = said.withConstraints(within5Km);

        assertThat(relaxed.constraints()).isEqualTo(within5Km);
        assertThat(relaxed).isEqualTo(new Situation(said.point(), said.ward(), said.topics(), said.preferences(),
                said.aversions(), said.alongside(), said.nearby(), said.wantsFree(), within5Km, said.unspoken(),
                said.otherAudiences(), said.saidTimes()));
        assertThat(relaxed.saidTimes().isEmpty()).isFalse();
    }

    /** Loneliness, and days and times as the shipped vocabulary words some of them. */
    private static Lexicon whenLexicon() {
        List<Concept> concepts = new ArrayList<>(List.of(
                concept("loneliness", ConceptKind.NEED, List.of("lonely"), "social-connection", List.of("company"))));
        Map.of("when-mornings", List.of("do mornings", "mornings only"), "when-afternoons", List.of("afternoons are best"),
                "when-weekends", List.of("weekends"), "when-mondays", List.of("mondays"), "when-tuesdays",
                List.of("tuesdays"), "when-wednesdays", List.of("wednesdays"), "when-thursdays", List.of("thursdays"),
                "when-fridays", List.of("fridays"), "when-saturdays", List.of("saturdays"), "when-sundays",
                List.of("sundays")).forEach((code, phrases) -> concepts.add(new Concept(UUID.randomUUID(), code, code,
                ConceptKind.BARRIER, phrases, List.of(), List.of(), List.of(), List.of(), List.of(), false, "", true, 1)));
        return new Lexicon(1, concepts);
    }

    /** A lunch club a little north of HOME, meeting weekly on these days at this time. */
    @Test
    void aVenueWhoseNotesSayALiftOrOneLevelIsStepFreeButAServiceOfferingALiftIsNot() {
        assertThat(venueSaying("Lift from the side door on St Thomas Street").stepFree()).isTrue();
        assertThat(venueSaying("Everything on one level, wide doors, hearing loop").stepFree()).isTrue();
        assertThat(venueSaying("All on the level").stepFree()).isTrue();
        assertThat(venueSaying("Two flights of stairs, no lift").stepFree()).isFalse();
        assertThat(venueSaying("The upstairs room has no lift").stepFree()).isFalse();
        assertThat(venueSaying("Steps up to the main door; a lift inside to the first floor").stepFree()).isFalse();
        assertThat(venueSaying("No steps; lift to the hall").stepFree()).isTrue();
        assertThat(venueSaying(null).stepFree()).isFalse();
        Service lifts = service(UUID.randomUUID().toString(), "Lunch club",
                "A hot lunch; volunteers can give you a lift to the hall. A short walk on the level after.", List.of(),
                List.of());
        assertThat(facts(lifts, List.of(), List.of()).stepFree()).isFalse();
    }

    @Test
    void stepFreeAccessIsGivenAsAReasonOnceHoweverItIsSpelt() {
        Preference getsAbout = new Preference("mobility", "Walking or getting about is hard", List.of(),
                Set.of("step-free"), List.of(), "Easy to get into", false);
        Situation situation = new Situation(HOME, Optional.empty(), List.of(), List.of(getsAbout), List.of(), List.of(),
                false, false, Constraints.NONE);
        ServiceFacts level = venueSaying("Level access");

        List<String> reasons = Ranking.judge(situation, new TopicWeights(List.of(level)), level,
                new Verdict(List.of("Step-free"), List.of()), 1.0).orElseThrow().reasons();

        assertThat(reasons).contains("Step-free").doesNotContain("Step free");
    }

    private static ServiceFacts venueSaying(String accessibility) {
        Location location = new Location(UUID.randomUUID().toString(), "physical", "Hall", null,
                HOME.latitude() + 0.01, HOME.longitude(), null, null, List.of(), accessibility == null ? List.of()
                        : List.of(new Location.Accessibility(UUID.randomUUID().toString(), accessibility, null, null)));
        Service service = service(UUID.randomUUID().toString(), "Coffee morning", "A hot drink and a chat.", List.of(),
                List.of(new Service.ServiceAtLocation(UUID.randomUUID().toString(), location.id(), List.of())));
        return facts(service, List.of(location), List.of());
    }

    private static ServiceFacts meetingAt(String byday, LocalTime opens) {
        Location location = new Location(UUID.randomUUID().toString(), "physical", "Hall", null,
                HOME.latitude() + 0.01, HOME.longitude(), null, null, List.of(), List.of());
        Schedule weekly = new Schedule(UUID.randomUUID().toString(), null, null, null, "WEEKLY", 1, byday, null, null,
                opens, null, null, null);
        Service service = service(UUID.randomUUID().toString(), "Lunch club", "Company for lonely people over lunch.",
                List.of(weekly), List.of(new Service.ServiceAtLocation(UUID.randomUUID().toString(), location.id(),
                        List.of())));
        return facts(service, List.of(location), List.of());
    }

    private static Situation read(Lexicon lexicon, String whatMatters) {
        return Situations.read(lexicon, whatMatters, Map.of(), Constraints.NONE, HOME, Optional.empty());
    }

    private static Concept concept(String code, ConceptKind kind, List<String> phrases, String need, List<String> words) {
        return new Concept(UUID.randomUUID(), code, code, kind, phrases, List.of(need), words, List.of(), List.of(),
                List.of(), false, "", true, 1);
    }

    /** A coffee morning this far due north of HOME, along the meridian (the great-circle distance). */
    private static ServiceFacts coffeeMorningNorthOfHome(double km) {
        double degreesNorth = Math.toDegrees(km / 6371.0088);
        return service("Coffee morning", "A hot drink and a chat.", null, HOME.latitude() + degreesNorth,
                HOME.longitude());
    }

    private static double score(Situation situation, TopicWeights weights, ServiceFacts f, Double km) {
        return Ranking.judge(situation, weights, f, PASSED, km).orElseThrow().score();
    }

    private static Situation situation(List<Topic> topics, boolean nearby) {
        return new Situation(HOME, Optional.empty(), topics, List.of(), List.of(), List.of(), nearby, false,
                Constraints.NONE);
    }

    private static Topic topic(String code, Set<String> needs, String... words) {
        return new Topic(code, code, needs, List.of(words).stream().map(Phrase::of).toList(), 1.0, code, Set.of());
    }

    private static ServiceFacts phoneServiceFor(ServiceArea area) {
        Service service = new Service(UUID.randomUUID().toString(), "organisation", "Telephone befriending",
                "A regular phone call from a volunteer.", null, null, "active", null, null, null, null, null, null, null,
                null, List.of(new Schedule(UUID.randomUUID().toString(), null, null, null, "WEEKLY", 1, "MO", null, null,
                        null, null, null, "phone")), List.of(area), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        return facts(service, List.of(), List.of());
    }

    private static ServiceFacts phoneService() {
        String id = UUID.randomUUID().toString();
        Service service = service(id, "Telephone befriending", "A regular phone call from a volunteer.",
                List.of(new Schedule(UUID.randomUUID().toString(), null, null, null, "WEEKLY", 1, "MO", null, null,
                        null, null, null, "phone")), List.of());
        return facts(service, List.of(), List.of());
    }

    private static ServiceFacts service(String name, String description, String needCode) {
        return service(name, description, needCode, HOME.latitude() + 0.01, HOME.longitude());
    }

    private static ServiceFacts service(String name, String description, String needCode, double lat, double lon) {
        return recordedWith(name, description, needCode == null ? List.of() : List.of(needCode), lat, lon);
    }

    private static ServiceFacts service(String name, String description, String needCode, String organisationSays) {
        Service service = service(UUID.randomUUID().toString(), name, description, List.of(), List.of());
        return facts(service, List.of(), needCode == null ? List.of() : List.of(needCode), organisationSays);
    }

    private static ServiceFacts recordedWith(String name, String description, List<String> needCodes) {
        return recordedWith(name, description, needCodes, HOME.latitude() + 0.01, HOME.longitude());
    }

    private static ServiceFacts recordedWith(String name, String description, List<String> needCodes, double lat,
            double lon) {
        Location location = new Location(UUID.randomUUID().toString(), "physical", "Hall", null, lat, lon, null, null,
                List.of(), List.of());
        Service service = service(UUID.randomUUID().toString(), name, description, List.of(),
                List.of(new Service.ServiceAtLocation(UUID.randomUUID().toString(), location.id(), List.of())));
        return facts(service, List.of(location), needCodes);
    }

    private static Service service(String id, String name, String description, List<Schedule> schedules,
            List<Service.ServiceAtLocation> at) {
        return new Service(id, "organisation", name, description, null, null, "active", null, null, null, null, null,
                null, null, null, schedules, List.of(), at, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static ServiceFacts facts(Service service, List<Location> locations, List<String> needCodes) {
        return facts(service, locations, needCodes, null);
    }

    private static ServiceFacts facts(Service service, List<Location> locations, List<String> needCodes,
            String organisationSays) {
        List<TaxonomyTerm> terms = needCodes.stream().map(code -> new TaxonomyTerm(LinkworkTaxonomies.needId(code),
                code, code, null, null, LinkworkTaxonomies.NEEDS, null)).toList();
        Organization organisation = new Organization("organisation", "A charity", organisationSays, null, null, null, null, null,
                List.of());
        return new ServiceFacts(new ServiceDetail(service, organisation, locations, terms, NOW), Map.of(), TODAY, NOW);
    }
}
