package org.linkwork.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * When a service runs (ORUK 3.0 {@code schedule}, iCalendar RRULE style): weekly on some days
 * ({@code freq=WEEKLY}, {@code byday=MO,WE}), monthly on a weekday ({@code freq=MONTHLY},
 * {@code byday=1TU} for the first Tuesday) or on days of the month ({@code bymonthday=15}). Many listings give
 * their times only in words ("Mondays 1.30pm to 2.30pm"); {@link #sessions()} reads both.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Schedule(String id, LocalDate validFrom, LocalDate validTo, LocalDate dtstart, String freq,
        Integer interval, String byday, String bymonthday, String description, LocalTime opensAt,
        LocalTime closesAt, String notes, String attendingType) {

    /**
     * A day of the week the service runs on, with when it opens and closes where known.
     *
     * @param monthly once a month on that day (a "1TU" rule, or "first Tuesday of the month"), not every week
     */
    public record Session(DayOfWeek day, LocalTime opens, LocalTime closes, boolean monthly) {
    }

    /**
     * The sessions this schedule runs: its recorded days ({@code byday}, or every day for {@code DAILY}) at its
     * recorded times; where it records no day, the days and times its description says in words. Nothing when
     * neither says a day ("at a time agreed with your volunteer").
     */
    @JsonIgnore
    public List<Session> sessions() {
        boolean monthly = "MONTHLY".equalsIgnoreCase(freq);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (byday != null && !byday.isBlank()) {
            for (String rule : byday.split(",")) {
                dayOfRule(rule).ifPresent(days::add);
            }
        } else if ("DAILY".equalsIgnoreCase(freq)) {
            days.addAll(EnumSet.allOf(DayOfWeek.class));
        } else {
            return SessionWords.read(description).stream().map(said -> new Session(said.day(),
                    opensAt != null ? opensAt : said.opens(), opensAt != null ? closesAt : null,
                    monthly || said.monthly())).toList();
        }
        List<Session> sessions = new ArrayList<>();
        days.forEach(day -> sessions.add(new Session(day, opensAt, closesAt, monthly)));
        return sessions;
    }

    /** The days from one to another, both included, round the weekend if need be: Friday to Monday is four days. */
    public static Set<DayOfWeek> daysThrough(DayOfWeek from, DayOfWeek to) {
        Set<DayOfWeek> range = EnumSet.of(to);
        for (DayOfWeek day = from; day != to; day = day.plus(1)) {
            range.add(day);
        }
        return range;
    }

    /** The weekday of a {@code byday} rule: "TU", or "1TU" and "-1FR" (first Tuesday, last Friday of the month). */
    public static Optional<DayOfWeek> dayOfRule(String rule) {
        String r = rule.strip();
        if (r.length() < 2) {
            return Optional.empty();
        }
        return switch (r.substring(r.length() - 2).toUpperCase(Locale.ROOT)) {
            case "MO" -> Optional.of(DayOfWeek.MONDAY);
            case "TU" -> Optional.of(DayOfWeek.TUESDAY);
            case "WE" -> Optional.of(DayOfWeek.WEDNESDAY);
            case "TH" -> Optional.of(DayOfWeek.THURSDAY);
            case "FR" -> Optional.of(DayOfWeek.FRIDAY);
            case "SA" -> Optional.of(DayOfWeek.SATURDAY);
            case "SU" -> Optional.of(DayOfWeek.SUNDAY);
            default -> Optional.empty();
        };
    }
}
