package org.linkwork.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** When a schedule says a service runs: by its recorded days, or in words. */
class ScheduleSessionsTests {

    @Test
    void readsTheDaysAndTimesAListingSaysInWords() {
        assertThat(SessionWords.read("12-week programme, Mondays 1.30pm to 2.30pm. New groups start in January."))
                .containsExactly(new Schedule.Session(DayOfWeek.MONDAY, LocalTime.of(13, 30), null, false));
        assertThat(SessionWords.read("Wednesday afternoons"))
                .containsExactly(new Schedule.Session(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), null, false));
        assertThat(SessionWords.read("Monday to Friday, 9am to 5pm by phone")).hasSize(5)
                .allMatch(s -> s.opens().equals(LocalTime.of(9, 0)))
                .extracting(Schedule.Session::day).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(SessionWords.read("Appointments weekdays at three surgeries")).hasSize(5)
                .allMatch(s -> s.opens() == null);
        assertThat(SessionWords.read("First Tuesday of the month, 7pm"))
                .containsExactly(new Schedule.Session(DayOfWeek.TUESDAY, LocalTime.of(19, 0), null, true));
        assertThat(SessionWords.read("Most Sundays; walks leave the village hall at 9.30am"))
                .containsExactly(new Schedule.Session(DayOfWeek.SUNDAY, LocalTime.of(9, 30), null, false));
    }

    @Test
    void eachGroupOfDaysTakesTheTimeSaidWithIt() {
        assertThat(SessionWords.read("Tuesdays 10am, Thursdays 2pm and Sat-Sun 11.00")).containsExactly(
                new Schedule.Session(DayOfWeek.TUESDAY, LocalTime.of(10, 0), null, false),
                new Schedule.Session(DayOfWeek.THURSDAY, LocalTime.of(14, 0), null, false),
                new Schedule.Session(DayOfWeek.SATURDAY, LocalTime.of(11, 0), null, false),
                new Schedule.Session(DayOfWeek.SUNDAY, LocalTime.of(11, 0), null, false));
    }

    @Test
    void recordedDaysComeFirstAndWordsOnlyWhereNoDayIsRecorded() {
        assertThat(schedule("WEEKLY", "MO,WE", "Mondays only in summer", LocalTime.of(10, 0), LocalTime.of(11, 0))
                .sessions()).containsExactly(
                        new Schedule.Session(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), false),
                        new Schedule.Session(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), false));
        assertThat(schedule("MONTHLY", "-1FR", null, LocalTime.of(14, 0), null).sessions())
                .containsExactly(new Schedule.Session(DayOfWeek.FRIDAY, LocalTime.of(14, 0), null, true));
        assertThat(schedule("DAILY", null, null, null, null).sessions()).hasSize(7);
        assertThat(schedule(null, null, "Thursdays 1.30pm to 4pm for 8 weeks", null, null).sessions())
                .containsExactly(new Schedule.Session(DayOfWeek.THURSDAY, LocalTime.of(13, 30), null, false));
        assertThat(schedule(null, null, "Thursday mornings", LocalTime.of(9, 30), LocalTime.of(11, 0)).sessions())
                .containsExactly(new Schedule.Session(DayOfWeek.THURSDAY, LocalTime.of(9, 30), LocalTime.of(11, 0), false));
        assertThat(schedule(null, null, "At a time agreed with your volunteer", null, null).sessions()).isEmpty();
    }

    @Test
    void aRangeOfDaysGoesRoundTheWeekend() {
        assertThat(Schedule.daysThrough(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)).containsExactlyInAnyOrder(
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(Schedule.daysThrough(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)).containsExactlyInAnyOrder(
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    }

    private static Schedule schedule(String freq, String byday, String description, LocalTime opens, LocalTime closes) {
        return new Schedule("s", null, null, null, freq, null, byday, null, description, opens, closes, null, null);
    }

    @Test
    void wordsThatGiveNoDayGiveNoSession() {
        assertThat(SessionWords.read("Various times, agreed with your instructor")).isEmpty();
        assertThat(SessionWords.read("An hour a week at a time agreed with your volunteer")).isEmpty();
        assertThat(SessionWords.read("Apply any time")).isEmpty();
        assertThat(SessionWords.read(null)).isEmpty();
    }
}
