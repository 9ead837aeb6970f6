package org.linkwork.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceDetail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * When few services fit, over the demo directory: which constraint left them out, and what would fit without it
 * alone; never a service outside the person's age, without step-free access they need, or in another language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NearMissesTests {

    static final String TOWN = "HX1 1UJ";
    /** As the evaluation's "grief-mornings" scenario: no bereavement support near runs in the morning. */
    static final String GRIEF = "Lost her mum in the spring. Can only do mornings as she works afternoons.";

    @Autowired
    Suggestions suggestions;

    @Autowired
    Directory directory;

    private static Constraints constraints(Double km, Set<DayOfWeek> days, Set<PartOfDay> times, BigDecimal cost,
            Integer age, boolean stepFree, String language) {
        return new Constraints(km, days, times, cost, age, false, stepFree, language, false);
    }

    private static SuggestionRequest request(String postcode, String says, Constraints constraints) {
        return new SuggestionRequest(postcode, null, says, List.of(), constraints, 10);
    }

    private List<String> suggestedIds(SuggestionRequest request, Constraints constraints) {
        return suggestions.suggest(new SuggestionRequest(request.postcode(), null, request.whatMatters(), List.of(),
                constraints, SuggestionRequest.MAX_LIMIT)).stream().map(Suggestion::serviceId).toList();
    }

    /** The suggestions clearly about what was asked for: those giving its reason. */
    private List<String> suggestedAbout(SuggestionRequest request, Constraints constraints, String reason) {
        return suggestions.suggest(new SuggestionRequest(request.postcode(), null, request.whatMatters(), List.of(),
                constraints, SuggestionRequest.MAX_LIMIT)).stream().filter(s -> s.reasons().contains(reason))
                .map(Suggestion::serviceId).toList();
    }

    /**
     * Each near miss is left out with every constraint given (it breaks one), and suggested with all but the one it
     * is shown under (it meets every other), whichever constraint that is.
     */
    private void assertEachBreaksExactlyItsConstraint(SuggestionRequest request, SuggestionsWithNearMisses found) {
        List<String> withAll = suggestedIds(request, request.constraints());
        for (NearMiss miss : found.nearMisses()) {
            String id = miss.suggestion().serviceId();
            assertThat(withAll).as(miss.suggestion().name()).doesNotContain(id);
            assertThat(suggestedIds(request, request.constraints().without(miss.breaks())))
                    .as(miss.suggestion().name() + " without " + miss.breaks().code()).contains(id);
        }
    }

    @Test
    void saysNoBereavementSupportRunsInTheMorningAndWhatRunsAtOtherTimes() {
        SuggestionRequest request = request("HX1 9AB", GRIEF,
                constraints(null, Set.of(), Set.of(PartOfDay.MORNING), null, null, false, null));
        SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(request);

        // No bereavement support in the demo directory runs in the morning (other tests may import a directory with
        // one that does); what fits is company, in the morning or at times not listed.
        assertThat(found.suggestions()).filteredOn(s -> s.reasons().contains(BEREAVEMENT)).hasSizeLessThan(Suggestions.FEW)
                .allSatisfy(s -> assertThat(s.reasons()).anyMatch(r -> r.matches("\\w+day morning.*")));
        assertThat(found.suggestions()).allSatisfy(s -> assertThat(s.reasons().stream().anyMatch(r -> r.matches(
                "\\w+day morning.*")) || s.cautions().contains("Times not listed: check it runs when you can go"))
                .as(s.name()).isTrue());
        assertThat(found.unmet()).singleElement().satisfies(u -> {
            assertThat(u.constraint()).isEqualTo(HardConstraint.TIMES_OF_DAY);
            assertThat(u.message()).endsWith("do not run in the morning");
            assertThat(u.otherwiseFitting()).isGreaterThanOrEqualTo(found.nearMisses().size());
            assertThat(u.wouldFitIf()).isEqualTo("Would fit if they could go at another time of day");
        });
        assertThat(found.nearMisses()).hasSizeBetween(1, 3);
        assertThat(found.nearMisses()).allSatisfy(m -> {
            assertThat(m.breaks()).isEqualTo(HardConstraint.TIMES_OF_DAY);
            assertThat(m.detail()).matches("Runs .+ - you said mornings");
            assertThat(m.detail().replace("you said mornings", "")).doesNotContain("morning");
            assertThat(m.suggestion().reasons()).contains("Bereavement: support after losing someone");
        });
        assertThat(found.nearMisses()).extracting(m -> m.suggestion().score())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertEachBreaksExactlyItsConstraint(request, found);
    }

    @Test
    void eachNearMissBreaksExactlyTheConstraintItIsShownUnderAndSaysHow() {
        record Case(String says, Constraints constraints, HardConstraint left, String detail) {
        }
        List<Case> cases = List.of(
                new Case("Lost her mum in the spring", constraints(1.0, Set.of(), Set.of(), null, null, false, null),
                        HardConstraint.MAX_DISTANCE, "\\d+\\.\\d km away - further than the 1 km you gave"),
                new Case("loves swimming", constraints(null, Set.of(), Set.of(), BigDecimal.ZERO, null, false, null),
                        HardConstraint.MAX_COST, "Costs £[0-9.]+ .+ - you said free only"),
                new Case("loves swimming", constraints(null, Set.of(), Set.of(), new BigDecimal("4"), null, false, null),
                        HardConstraint.MAX_COST, "Costs £[0-9.]+ .+ - more than the £4 you gave"),
                new Case("help with forms and benefits", constraints(null, Set.of(DayOfWeek.SUNDAY), Set.of(), null, null,
                        false, "pl"), HardConstraint.DAYS, "Runs .+ - you said Sundays"));
        for (Case c : cases) {
            SuggestionRequest request = request(TOWN, c.says(), c.constraints());
            SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(request);
            assertThat(found.unmet()).as(c.says()).extracting(UnmetConstraint::constraint).contains(c.left());
            assertThat(found.nearMisses()).as(c.says()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.breaks()).isEqualTo(c.left());
                assertThat(m.detail()).matches(c.detail());
            });
            assertEachBreaksExactlyItsConstraint(request, found);
        }
    }

    /** "Lost her mum in the spring" near the town: the demo directory's bereavement groups are 2.6 km and more away. */
    static final String LOSS = "Lost her mum in the spring";
    static final String BEREAVEMENT = "Bereavement: support after losing someone";
    static final String SWIMMING = "In the water: matches what you enjoy";

    private static final List<HardConstraint> RELAXABLE = List.of(HardConstraint.TIMES_OF_DAY, HardConstraint.DAYS,
            HardConstraint.MAX_DISTANCE, HardConstraint.MAX_COST);

    @Test
    void whenOnlyTwoConstraintsTogetherLeaveEverythingOutShowsWhatWouldFitWithoutBoth() {
        record Case(String says, Constraints constraints, HardConstraint first, HardConstraint second, String detail,
                String alsoDetail, String wouldFitIf, String reason) {
        }
        List<Case> cases = List.of(
                new Case(LOSS, constraints(2.0, Set.of(DayOfWeek.SUNDAY), Set.of(), null, null, false, null),
                        HardConstraint.DAYS, HardConstraint.MAX_DISTANCE, "Runs .+ - you said Sundays",
                        "\\d+\\.\\d km away - further than the 2 km you gave",
                        "Would fit if they could go on another day and further away", BEREAVEMENT),
                // The brief's own example: Tuesday mornings, within 2 km, free.
                new Case(LOSS, constraints(2.0, Set.of(DayOfWeek.TUESDAY), Set.of(PartOfDay.MORNING), BigDecimal.ZERO,
                        null, false, null), HardConstraint.TIMES_OF_DAY, HardConstraint.MAX_DISTANCE,
                        "Runs Tuesday [a-z]+.* - you said mornings", "\\d+\\.\\d km away - further than the 2 km you gave",
                        "Would fit if they could go at another time of day and further away", BEREAVEMENT),
                new Case("loves swimming", constraints(null, Set.of(DayOfWeek.SATURDAY), Set.of(PartOfDay.EVENING), null,
                        null, false, null), HardConstraint.TIMES_OF_DAY, HardConstraint.DAYS,
                        "Runs .+ - you said evenings", "Runs .+ - you said Saturdays",
                        "Would fit if they could go at another time of day and on another day", SWIMMING));
        for (Case c : cases) {
            SuggestionRequest request = request(TOWN, c.says(), c.constraints());
            SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(request);
            String as = c.says() + " " + c.constraints();

            // Nothing about what was asked for fits with either constraint alone taken away.
            assertThat(suggestedAbout(request, c.constraints(), c.reason())).as(as).isEmpty();
            for (HardConstraint one : RELAXABLE) {
                if (c.constraints().has(one)) {
                    assertThat(suggestedAbout(request, c.constraints().without(one), c.reason()))
                            .as(as + " without " + one.code()).isEmpty();
                }
            }
            assertThat(found.unmet()).as(as).filteredOn(UnmetConstraint::together).anySatisfy(u -> {
                assertThat(u.constraint()).isEqualTo(c.first());
                assertThat(u.alsoConstraint()).isEqualTo(c.second());
                assertThat(u.constraint().relaxable()).isTrue();
                assertThat(u.wouldFitIf()).isEqualTo(c.wouldFitIf());
                assertThat(u.message()).matches("No service fits both the .+ and the .+ given; \\d+ that fits? "
                        + "everything else would without both");
                assertThat(u.otherwiseFitting()).isGreaterThanOrEqualTo(found.nearMissesUnder(u).size());
            });
            List<NearMiss> pair = found.nearMissesBreakingBoth(c.first(), c.second());
            assertThat(pair).as(as).hasSizeBetween(1, 3).allSatisfy(m -> {
                assertThat(m.detail()).matches(c.detail());
                assertThat(m.alsoDetail()).matches(c.alsoDetail());
            });
            assertThat(pair).extracting(m -> m.suggestion().score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertEachBreaksExactlyItsTwoConstraints(request, found);
        }
    }

    /**
     * Every near miss breaks two relaxable constraints, in their order, and is shown once, under its pair; it is left
     * out without either one alone (so it breaks both: one that broke only one would have been found alone) and
     * suggested without both (so it meets every other constraint given).
     */
    private void assertEachBreaksExactlyItsTwoConstraints(SuggestionRequest request, SuggestionsWithNearMisses found) {
        Constraints given = request.constraints();
        assertThat(found.nearMisses()).extracting(m -> m.suggestion().serviceId()).doesNotHaveDuplicates();
        assertThat(found.unmet()).filteredOn(UnmetConstraint::together)
                .extracting(u -> RELAXABLE.indexOf(u.constraint()) * 10 + RELAXABLE.indexOf(u.alsoConstraint()))
                .isSorted();
        List<String> withAll = suggestedIds(request, given);
        for (NearMiss miss : found.nearMisses()) {
            String id = miss.suggestion().serviceId();
            String name = miss.suggestion().name();
            assertThat(miss.breaksTwo()).as(name).isTrue();
            assertThat(RELAXABLE.indexOf(miss.breaks())).as(name).isNotNegative()
                    .isLessThan(RELAXABLE.indexOf(miss.alsoBreaks()));
            assertThat(found.unmet()).as(name).anyMatch(u -> u.constraint() == miss.breaks()
                    && u.alsoConstraint() == miss.alsoBreaks() && found.nearMissesUnder(u).contains(miss));
            assertThat(withAll).as(name).doesNotContain(id);
            assertThat(suggestedIds(request, given.without(miss.breaks()))).as(name + " without " + miss.breaks().code())
                    .doesNotContain(id);
            assertThat(suggestedIds(request, given.without(miss.alsoBreaks())))
                    .as(name + " without " + miss.alsoBreaks().code()).doesNotContain(id);
            assertThat(suggestedIds(request, given.without(miss.breaks()).without(miss.alsoBreaks())))
                    .as(name + " without both").contains(id);
        }
    }

    @Test
    void takesAwayNoPairWhenOneConstraintAloneFindsANearMiss() {
        // Mornings within 3 km: the loss group 2.6 km away fits but for mornings; the café and the support group
        // 3.9 km away, on afternoons and evenings, would fit only without both.
        Constraints mornings = constraints(3.0, Set.of(), Set.of(PartOfDay.MORNING), null, null, false, null);
        SuggestionRequest request = request(TOWN, LOSS, mornings);
        List<String> withoutOne = suggestedIds(request, mornings.without(HardConstraint.TIMES_OF_DAY));
        List<String> onlyWithoutBoth = suggestedIds(request,
                mornings.without(HardConstraint.TIMES_OF_DAY).without(HardConstraint.MAX_DISTANCE)).stream()
                .filter(id -> !withoutOne.contains(id)).toList();
        assertThat(onlyWithoutBoth).as("services a pair would find").isNotEmpty();

        SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(request);
        assertThat(found.nearMisses()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.breaksTwo()).isFalse();
            assertThat(m.breaks()).isEqualTo(HardConstraint.TIMES_OF_DAY);
            assertThat(m.alsoDetail()).isNull();
        });
        assertThat(found.nearMisses()).extracting(m -> m.suggestion().serviceId())
                .doesNotContainAnyElementsOf(onlyWithoutBoth);
        assertThat(found.unmet()).noneMatch(UnmetConstraint::together);
        assertEachBreaksExactlyItsConstraint(request, found);
    }

    @Test
    void neverShowsAServiceWithoutStepFreeAccessOrOutsideThePersonsAge() {
        SuggestionRequest request = request(TOWN, "exercise class",
                constraints(null, Set.of(DayOfWeek.SUNDAY), Set.of(), null, 70, true, null));
        SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(request);

        assertThat(found.unmet()).anySatisfy(u -> {
            assertThat(u.constraint()).isEqualTo(HardConstraint.STEP_FREE);
            assertThat(u.constraint().relaxable()).isFalse();
            assertThat(u.message()).contains("no step-free access recorded").endsWith("not shown");
        });
        assertThat(found.nearMissesBreaking(HardConstraint.STEP_FREE)).isEmpty();
        assertThat(found.nearMisses()).isNotEmpty().allSatisfy(m -> {
            ServiceDetail d = directory.serviceDetail(m.suggestion().serviceId());
            assertThat(d.hasTerm("step-free") || d.hasTerm("wheelchair-accessible")).as(m.suggestion().name()).isTrue();
            assertWithinAge(d.service(), 70);
        });

        int seen = 0;
        for (int age : List.of(17, 30, 55)) {
            for (String says : List.of("lunch club", "walking football", "exercise class", "lonely")) {
                List<NearMiss> misses = suggestions.suggestWithNearMisses(request(TOWN, says,
                        constraints(null, Set.of(), Set.of(PartOfDay.EVENING), null, age, false, null))).nearMisses();
                misses.forEach(m -> assertWithinAge(directory.serviceDetail(m.suggestion().serviceId()).service(), age));
                seen += misses.size();
            }
        }
        assertThat(seen).isPositive();
    }

    private static void assertWithinAge(Service service, int age) {
        assertThat(service.minimumAge() == null || service.minimumAge() <= age).as(service.name()).isTrue();
        assertThat(service.maximumAge() == null || service.maximumAge() >= age).as(service.name()).isTrue();
        String name = service.name().toLowerCase(Locale.UK);
        assertThat(age >= 50 || !name.contains("over 50s")).as(service.name()).isTrue();
        assertThat(age >= 60 || !name.contains("over 60s")).as(service.name()).isTrue();
    }

    @Test
    void aLanguageIsANeedSoServicesInOthersAreCountedButNeverShown() {
        SuggestionsWithNearMisses onlyPolish = suggestions.suggestWithNearMisses(request(TOWN, "lunch club",
                constraints(null, Set.of(), Set.of(), null, null, false, "pl")));
        assertThat(onlyPolish.unmet()).anySatisfy(u -> {
            assertThat(u.constraint()).isEqualTo(HardConstraint.LANGUAGE);
            assertThat(u.message()).contains("not offered in Polish");
        });
        assertThat(onlyPolish.nearMisses()).isEmpty();

        SuggestionsWithNearMisses onSunday = suggestions.suggestWithNearMisses(request(TOWN, "help with forms and benefits",
                constraints(null, Set.of(DayOfWeek.SUNDAY), Set.of(), null, null, false, "pl")));
        assertThat(onSunday.nearMisses()).isNotEmpty().allSatisfy(m -> {
            assertThat(directory.serviceDetail(m.suggestion().serviceId()).service().languages())
                    .anyMatch(l -> "pl".equals(l.code()));
            assertThat(m.suggestion().reasons()).contains("In Polish");
        });
    }

    @Test
    void nothingMoreWhenEnoughFit() {
        for (SuggestionRequest request : List.of(request(TOWN, "exercise class", Constraints.NONE),
                request(TOWN, "walking football", constraints(null, Set.of(), Set.of(PartOfDay.EVENING), null, 40, false,
                        null)),
                // One free swim fits: enough when only one is asked for (with ten asked for, near misses come).
                new SuggestionRequest(TOWN, null, "loves swimming", List.of(),
                        constraints(null, Set.of(), Set.of(), BigDecimal.ZERO, null, false, null), 1))) {
            SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(request);
            assertThat(found.suggestions()).as(request.whatMatters()).hasSizeGreaterThanOrEqualTo(
                    Math.min(Suggestions.FEW, request.limit()));
            assertThat(found.nearMisses()).as(request.whatMatters()).isEmpty();
            assertThat(found.unmet()).as(request.whatMatters()).isEmpty();
        }
    }

    @Test
    void theSuggestionsAreTheSameWithNearMissesOrWithout() {
        for (SuggestionRequest request : List.of(
                request("HX1 9AB", GRIEF, constraints(null, Set.of(), Set.of(PartOfDay.MORNING), null, null, false, null)),
                request(TOWN, "loves swimming", constraints(null, Set.of(), Set.of(), BigDecimal.ZERO, null, false, null)),
                request(TOWN, "exercise class", Constraints.NONE))) {
            assertThat(suggestions.suggestWithNearMisses(request).suggestions()).isEqualTo(suggestions.suggest(request));
        }
    }
}
