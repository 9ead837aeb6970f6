package org.linkwork.referrals.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwork.referrals.Responsiveness;

class WorkingDaysTests {

    private final WorkingDays workingDays = WorkingDays.read(
            WorkingDaysTests.class.getResourceAsStream("/referrals/bank-holidays-england-and-wales.txt"));

    @Test
    void fromAFridayToTheNextFridayIsFiveWorkingDays() {
        assertThat(workingDays.between(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 13))).isEqualTo(5);
        assertThat(workingDays.between(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 12))).isEqualTo(4);
    }

    @Test
    void weekendsAndTheSameDayCountForNothing() {
        assertThat(workingDays.between(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8))).isZero();
        assertThat(workingDays.between(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9))).isZero();
        assertThat(workingDays.between(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 1))).isZero();
    }

    @Test
    void bankHolidaysAreSkipped() {
        // Good Friday 3 April and Easter Monday 6 April 2026.
        assertThat(workingDays.between(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 3))).isEqualTo(4);
        assertThat(workingDays.between(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 6))).isEqualTo(4);
        assertThat(workingDays.between(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 7))).isEqualTo(5);
    }

    @Test
    void theShippedListHasSubstituteDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 12, 29))).isTrue();
    }

    @Test
    void theMedianReplyIsTheMiddleAnswerOrTheMeanOfTheMiddleTwo() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        WorkingDays weekdays = new WorkingDays(Set.of());
        List<ResponsivenessService.Answer> odd = List.of(answer(monday, 1, true), answer(monday, 2, true),
                answer(monday, 3, false), answer(monday, 4, true), answer(monday, 0, false));
        Responsiveness five = ResponsivenessService.summarise("s", odd, weekdays);

        assertThat(five.medianReplyWorkingDays()).contains(2.0);
        assertThat(five.acceptancePercent()).contains(60);
        assertThat(five.replyTimeInWords()).contains("in 2 working days");

        List<ResponsivenessService.Answer> even = new java.util.ArrayList<>(odd);
        even.add(answer(monday, 4, true));
        Responsiveness six = ResponsivenessService.summarise("s", even, weekdays);
        assertThat(six.medianReplyWorkingDays()).contains(2.5);
        assertThat(six.acceptancePercent()).contains(67);
        assertThat(six.replyTimeInWords()).contains("in 2.5 working days");
    }

    @Test
    void fewerThanFiveAnswersAreWithheld() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        Responsiveness four = ResponsivenessService.summarise("s", List.of(answer(monday, 1, true),
                answer(monday, 1, true), answer(monday, 1, true), answer(monday, 1, true)), workingDays);

        assertThat(four.enoughToShow()).isFalse();
        assertThat(four.answered()).isEqualTo(4);
        assertThat(four.acceptancePercent()).isEmpty();
    }

    private static ResponsivenessService.Answer answer(LocalDate requested, int weekdaysLater, boolean accepted) {
        return new ResponsivenessService.Answer(requested, requested.plusDays(weekdaysLater), accepted);
    }
}
