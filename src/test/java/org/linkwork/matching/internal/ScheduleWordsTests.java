package org.linkwork.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ScheduleWordsTests {

    @Test
    void readsTheDaysAndTimesAListingSaysInWords() {
        assertThat(ScheduleWords.read("12-week programme, Mondays 1.30pm to 2.30pm. New groups start in January."))
                .containsExactly(new Session(DayOfWeek.MONDAY, LocalTime.of(13, 30), false));
        assertThat(ScheduleWords.read("Wednesday afternoons"))
                .containsExactly(new Session(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), false));
        assertThat(ScheduleWords.read("Monday to Friday, 9am to 5pm by phone")).hasSize(5)
                .allMatch(s -> s.opens().equals(LocalTime.of(9, 0)))
                .extracting(Session::day).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(ScheduleWords.read("Appointments weekdays at three surgeries")).hasSize(5)
                .allMatch(s -> s.opens() == null);
        assertThat(ScheduleWords.read("First Tuesday of the month, 7pm"))
                .containsExactly(new Session(DayOfWeek.TUESDAY, LocalTime.of(19, 0), true));
        assertThat(ScheduleWords.read("Most Sundays; walks leave the village hall at 9.30am"))
                .containsExactly(new Session(DayOfWeek.SUNDAY, LocalTime.of(9, 30), false));
    }

    @Test
    void eachGroupOfDaysTakesTheTimeSaidWithIt() {
        assertThat(ScheduleWords.read("Tuesdays 10am, Thursdays 2pm and Sat-Sun 11.00")).containsExactly(
                new Session(DayOfWeek.TUESDAY, LocalTime.of(10, 0), false),
                new Session(DayOfWeek.THURSDAY, LocalTime.of(14, 0), false),
                new Session(DayOfWeek.SATURDAY, LocalTime.of(11, 0), false),
                new Session(DayOfWeek.SUNDAY, LocalTime.of(11, 0), false));
    }

    @Test
    void wordsThatGiveNoDayGiveNoSession() {
        assertThat(ScheduleWords.read("Various times, agreed with your instructor")).isEmpty();
        assertThat(ScheduleWords.read("An hour a week at a time agreed with your volunteer")).isEmpty();
        assertThat(ScheduleWords.read("Apply any time")).isEmpty();
        assertThat(ScheduleWords.read(null)).isEmpty();
    }
}
