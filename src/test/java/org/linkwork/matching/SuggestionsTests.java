package org.linkwork.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.matching.vocabulary.ConceptDraft;
import org.linkwork.matching.vocabulary.ConceptKind;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;

/** Suggestions over the demo directory: hard constraints never broken, reasons and cautions in plain words. */
@SpringBootTest
@AutoConfigureMockMvc
class SuggestionsTests {

    static final String TOWN = "HX1 1UJ";
    static final List<String> SITUATIONS = List.of("My knees hurt on the stairs", "Since my wife died I don't see anyone",
            "wants to meet people", "loves gardening", "exercise class", "lonely and can't get there");

    @Autowired
    Suggestions suggestions;

    @Autowired
    Directory directory;

    @Autowired
    ConceptVocabulary vocabulary;

    private static Constraints only(Double km, Set<DayOfWeek> days, BigDecimal cost, Integer age, boolean wheelchair,
            boolean stepFree, String language, boolean noTransport) {
        return new Constraints(km, days, Set.of(), cost, age, wheelchair, stepFree, language, noTransport);
    }

    private List<Suggestion> suggest(String says, Constraints constraints) {
        return suggestions.suggest(new SuggestionRequest(TOWN, null, says, List.of(), constraints, 20));
    }

    @Test
    void aWheelchairUserIsNeverShownAServiceWithoutStepFreeAccess() {
        for (String says : SITUATIONS) {
            List<Suggestion> found = suggest(says, only(null, Set.of(), null, null, true, false, null, false));
            assertThat(found).as(says).isNotEmpty();
            for (Suggestion s : found) {
                ServiceDetail d = directory.serviceDetail(s.serviceId());
                assertThat(d.hasTerm("step-free") || d.hasTerm("wheelchair-accessible")).as(s.name()).isTrue();
            }
        }
    }

    @Test
    void anAgeLimitedServiceIsNeverShownOutsideItsAges() {
        for (int age : List.of(17, 30, 55)) {
            for (String says : List.of("walking football", "lunch club", "exercise class", "lonely")) {
                for (Suggestion s : suggest(says, only(null, Set.of(), null, age, false, false, null, false))) {
                    var service = directory.serviceDetail(s.serviceId()).service();
                    assertThat(service.minimumAge() == null || service.minimumAge() <= age).as(s.name()).isTrue();
                    assertThat(service.maximumAge() == null || service.maximumAge() >= age).as(s.name()).isTrue();
                    assertThat(age >= 50 || !s.name().toLowerCase().contains("over 50s")).as(s.name()).isTrue();
                    assertThat(age >= 60 || !s.name().toLowerCase().contains("over 60s")).as(s.name()).isTrue();
                }
            }
        }
    }

    @Test
    void nothingCostsMoreThanTheMostThePersonCanPay() {
        List<Suggestion> found = suggest("exercise class", only(null, Set.of(), BigDecimal.ZERO, null, false, false, null,
                false));
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(s -> assertThat(directory.serviceDetail(s.serviceId()).service().isFree()).isTrue());
        assertThat(found).allSatisfy(s -> assertThat(s.reasons()).contains("Free"));
    }

    @Test
    void nothingIsFurtherThanTheFurthestThePersonCanGoUnlessItComesToThem() {
        List<Suggestion> found = suggest("lonely", only(2.0, Set.of(), null, null, false, false, null, false));
        assertThat(found).isNotEmpty();
        for (Suggestion s : found) {
            if (s.distanceKm() != null) {
                assertThat(s.distanceKm()).as(s.name()).isLessThanOrEqualTo(2.0);
            } else {
                assertThat(s.reasons()).as(s.name()).anyMatch(r -> r.startsWith("By phone") || r.startsWith("Comes to you")
                        || r.startsWith("Door-to-door") || r.startsWith("Covers"));
            }
        }
    }

    @Test
    void onlyServicesOnTheDaysGivenOrWithTimesNotListedWithACaution() {
        List<Suggestion> found = suggest("exercise class", new Constraints(null, Set.of(DayOfWeek.TUESDAY),
                Set.of(PartOfDay.MORNING), null, null, false, false, null, false));
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(s -> assertThat(s.reasons().contains("Tuesday morning")
                || s.reasons().contains("Tuesday morning, once a month")
                || s.cautions().stream().anyMatch(c -> c.startsWith("Times not listed"))).as(s.name()).isTrue());
    }

    @Test
    void onlyServicesInTheLanguageAsked() {
        List<Suggestion> found = suggest("help with forms and benefits", only(null, Set.of(), null, null, false, false,
                "pl", false));
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(s -> assertThat(directory.serviceDetail(s.serviceId()).service().languages())
                .anyMatch(l -> "pl".equals(l.code())));
        assertThat(found.getFirst().reasons()).contains("In Polish");
    }

    @Test
    void givesReasonsAndCautionsInPlainWords() {
        List<Suggestion> found = suggest("She loves gardening", Constraints.NONE);
        assertThat(found.getFirst().reasons()).contains("Gardening: matches what you enjoy");
        assertThat(found.getFirst().reasons()).anyMatch(r -> r.matches("\\d+\\.\\d km away") || r.equals("Free"));
        assertThat(found).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        List<Suggestion> paid = suggest("chair yoga", Constraints.NONE);
        assertThat(paid).anySatisfy(s -> assertThat(s.cautions()).anyMatch(c -> c.matches("Costs £[0-9.]+ .*")));
    }

    @Test
    void kneesThatHurtOnTheStairsBringGentleJointFriendlyActivityFirst() {
        List<Suggestion> found = suggest("My knees hurt on the stairs", Constraints.NONE);
        assertThat(found.subList(0, 5)).allSatisfy(s -> assertThat(s.reasons())
                .contains("Gentle on joints: low-impact, seated or MSK-friendly"));
        assertThat(found.subList(0, 5)).allSatisfy(s -> assertThat(directory.serviceDetail(s.serviceId()).terms())
                .anyMatch(t -> List.of("msk-friendly-exercise", "chair-based-exercise", "aqua-exercise", "pain-management",
                        "long-term-conditions", "walking").contains(t.code())).as(s.name()));
        assertThat(found.getFirst().reasons()).contains("Gentle on joints: low-impact, seated or MSK-friendly");
    }

    @Test
    void aBadBackBringsWhatIsForBacksBeforeWhatIsForJointsInGeneral() {
        List<Suggestion> found = suggest("Bad back from work, the physio said keep moving", Constraints.NONE);
        assertThat(found.getFirst().reasons()).contains("For backs");
        assertThat(found).filteredOn(s -> s.reasons().contains("For backs")).isNotEmpty().allSatisfy(s -> assertThat(
                directory.serviceDetail(s.serviceId()).service().description().toLowerCase(Locale.UK))
                .containsAnyOf("back pain", "your back", "backs").as(s.name()));
    }

    @Test
    void someoneForWhomWalkingIsHardIsWarnedOffFootball() {
        List<Suggestion> found = suggest("Used to play football, uses a walking frame now", Constraints.NONE);
        assertThat(found).filteredOn(s -> s.name().toLowerCase(Locale.UK).contains("football")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.cautions()).contains(
                        "Mentions football: may not suit walking or getting about is hard").as(s.name()));
    }

    @Test
    void aYoungPersonIsWarnedOffGroupsForOlderPeople() {
        List<Suggestion> found = suggest("Young mum, lonely, would like a lunch club", Constraints.NONE);
        assertThat(found).filteredOn(s -> s.name().toLowerCase(Locale.UK).contains("over 60s")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.cautions()).as(s.name()).anyMatch(SuggestionsTests::notForYoungPeople));
    }

    @Test
    void anAgeOfTwentyFiveOrLessMakesAYoungPersonAsSurelyAsWords() {
        List<Suggestion> found = suggest("Lonely, would like some company",
                only(null, Set.of(), null, 19, false, false, null, false));
        assertThat(found).filteredOn(s -> directory.serviceDetail(s.serviceId()).hasTerm("older-people")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.cautions()).as(s.name()).anyMatch(SuggestionsTests::notForYoungPeople));
    }

    private static boolean notForYoungPeople(String caution) {
        return caution.startsWith("Mentions ") && caution.endsWith(": may not suit young people");
    }

    @Test
    void cannotGetThereBringsServicesThatComeToThePersonAndCommunityTransportAlongside() {
        List<Suggestion> found = suggest("She's lonely and can't get there", Constraints.NONE);
        assertThat(found.subList(0, 3)).allSatisfy(s -> assertThat(s.distanceKm() == null || s.distanceKm() <= 2.0)
                .as(s.name()).isTrue());
        assertThat(found).anySatisfy(s -> {
            assertThat(s.alongside()).isTrue();
            assertThat(directory.serviceDetail(s.serviceId()).hasTerm("transport")).isTrue();
            assertThat(s.reasons()).contains("Suggested alongside: cannot get there");
        });
        List<Suggestion> byConstraint = suggest("lonely", only(null, Set.of(), null, null, false, false, null, true));
        assertThat(byConstraint).anySatisfy(s -> assertThat(s.alongside()).isTrue());
    }

    @Test
    void saysWhatWasNotWantedAndPutsItLower() {
        List<Suggestion> found = suggest("She doesn't like groups but would like someone to talk to", Constraints.NONE);
        assertThat(found.subList(0, 3)).allSatisfy(s -> assertThat(directory.serviceDetail(s.serviceId())
                .hasTerm("befriending")).as(s.name()).isTrue());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aConceptAddedByAnAdministratorIsUsedAtOnce() {
        assertThat(vocabulary.lexicon().hear("he was a keen allotmenteer").positive()).isEmpty();
        vocabulary.add(new ConceptDraft("allotmenteer", "Allotment keeper", ConceptKind.ACTIVITY,
                List.of("allotmenteer"), List.of("nature-green-space"), List.of("allotment", "grow your own"), List.of(),
                List.of(), List.of(), false, "Allotments: matches what you enjoy", true));

        List<Suggestion> found = suggest("he was a keen allotmenteer", Constraints.NONE);
        assertThat(found.getFirst().reasons()).contains("Allotments: matches what you enjoy");
    }
}
