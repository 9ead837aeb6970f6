package org.linkwork.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * When a service runs (ORUK 3.0 {@code schedule}, iCalendar RRULE style): weekly on some days
 * ({@code freq=WEEKLY}, {@code byday=MO,WE}), monthly on a weekday ({@code freq=MONTHLY},
 * {@code byday=1TU} for the first Tuesday) or on days of the month ({@code bymonthday=15}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Schedule(String id, LocalDate validFrom, LocalDate validTo, LocalDate dtstart, String freq,
        Integer interval, String byday, String bymonthday, String description, LocalTime opensAt,
        LocalTime closesAt, String notes, String attendingType) {
}
