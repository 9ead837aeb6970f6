package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Schedule;

class ListingWordsTests {

    static Schedule schedule(String freq, Integer interval, String byday, String bymonthday, LocalTime opens,
            LocalTime closes) {
        return new Schedule("s", null, null, null, freq, interval, byday, bymonthday, "as written", opens, closes,
                null, null);
    }

    @Test
    void saysWhenAServiceRunsInPlainEnglish() {
        assertThat(ListingWords.when(schedule("WEEKLY", 1, "TU", null, LocalTime.of(10, 0), LocalTime.of(11, 0))))
                .contains("Tuesdays 10am to 11am");
        assertThat(ListingWords.when(schedule("WEEKLY", 1, "MO,WE,FR", null, LocalTime.of(9, 30), LocalTime.NOON)))
                .contains("Mondays, Wednesdays and Fridays 9:30am to midday");
        assertThat(ListingWords.when(schedule("WEEKLY", 1, "MO,TU,WE,TH,FR", null, LocalTime.of(9, 0), LocalTime.of(17, 0))))
                .contains("Monday to Friday 9am to 5pm");
        assertThat(ListingWords.when(schedule("WEEKLY", 2, "TH", null, LocalTime.of(18, 0), null)))
                .contains("Every other Thursday from 6pm");
        assertThat(ListingWords.when(schedule("MONTHLY", 1, "1TU", null, LocalTime.of(14, 0), LocalTime.of(16, 0))))
                .contains("First Tuesday of the month 2pm to 4pm");
        assertThat(ListingWords.when(schedule("MONTHLY", 1, "2TH,4TH", null, null, null)))
                .contains("Second and fourth Thursday of the month");
        assertThat(ListingWords.when(schedule("MONTHLY", 1, "-1FR", null, null, null)))
                .contains("Last Friday of the month");
        assertThat(ListingWords.when(schedule("MONTHLY", 1, null, "1,15", null, null)))
                .contains("The 1st and 15th of the month");
        assertThat(ListingWords.when(schedule(null, null, null, null, null, null))).contains("as written");
    }

    @Test
    void countsAMonthlyRuleAsRunningOnItsWeekday() {
        assertThat(ListingWords.daysOf(schedule("MONTHLY", 1, "1TU,-1FR", null, null, null)))
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void saysWhatAServiceCosts() {
        assertThat(ListingWords.cost(Listings.service("x").costs("Per session", "3").detail().service())).contains("£3 a session");
        assertThat(ListingWords.cost(Listings.service("x").costs("Monthly membership", "12.5").detail().service()))
                .contains("£12.50 a month");
        assertThat(ListingWords.cost(Listings.service("x").costs("Per session", "3").costs("Per session", "2")
                .detail().service())).contains("From £2 a session");
        assertThat(ListingWords.cost(Listings.service("x").costs("Free", "0").detail().service())).contains("Free");
        assertThat(ListingWords.cost(Listings.service("x").costs("Free for carers", "0").costs("Per session", "4")
                .detail().service())).contains("Free or £4 a session");
        assertThat(ListingWords.pounds(new BigDecimal("1200.00"))).isEqualTo("£1,200");
    }

    @Test
    void saysWhoAServiceIsForByAge() {
        assertThat(ListingWords.ages(null, null)).isEqualTo("All ages");
        assertThat(ListingWords.ages(50, null)).isEqualTo("Ages 50 and over");
        assertThat(ListingWords.ages(11, 18)).isEqualTo("Ages 11 to 18");
        assertThat(ListingWords.ages(0, 5)).isEqualTo("Up to age 5");
    }

    @Test
    void leavesOutSchedulesThatHaveEnded() {
        Schedule ended = new Schedule("s", null, LocalDate.of(2025, 1, 31), null, "WEEKLY", 1, "MO", null, null,
                LocalTime.of(10, 0), LocalTime.of(11, 0), null, null);
        Schedule current = schedule("WEEKLY", 1, "WE", null, LocalTime.of(10, 0), LocalTime.of(11, 0));
        var service = Listings.service("x").detail().service();
        var withSchedules = new org.linkwork.directory.Service(service.id(), service.organizationId(), service.name(),
                null, null, null, "active", null, null, null, null, null, null, null, null, List.of(ended, current),
                null, null, null, null, null, null, null);

        assertThat(ListingWords.when(withSchedules, LocalDate.of(2026, 11, 20))).containsExactly("Wednesdays 10am to 11am");
    }
}
