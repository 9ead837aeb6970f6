package org.linkwork.directory.oruk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * The filters of {@code /services} and {@code /service_at_locations}, read from the query string
 * with every fault reported by parameter name. As the ORUK openapi words them: {@code minimum_age}
 * finds services whose minimum age is at least the value (no minimum counts as 0);
 * {@code maximum_age} those whose maximum age is at most the value; {@code start_time},
 * {@code end_time} and {@code day} those with a schedule (of the service or of one of its locations)
 * that opens at or after the start, closes at or before the end, on that day.
 *
 * @param words          search words, each of which must appear in the name or description of the
 *                       service or the name of its organisation
 * @param day            an RFC 5545 day code (MO..SU)
 * @param modifiedAfter  services last modified at or after this instant
 */
record ServiceFilter(List<String> words, String organizationId, String taxonomyTermId, String taxonomyId,
        Integer minimumAge, Integer maximumAge, LocalTime startTime, LocalTime endTime, String day,
        Instant modifiedAfter) {

    private static final Map<String, String> DAYS = Map.ofEntries(
            Map.entry("MO", "MO"), Map.entry("MON", "MO"), Map.entry("MONDAY", "MO"),
            Map.entry("TU", "TU"), Map.entry("TUE", "TU"), Map.entry("TUESDAY", "TU"),
            Map.entry("WE", "WE"), Map.entry("WED", "WE"), Map.entry("WEDNESDAY", "WE"),
            Map.entry("TH", "TH"), Map.entry("THU", "TH"), Map.entry("THURSDAY", "TH"),
            Map.entry("FR", "FR"), Map.entry("FRI", "FR"), Map.entry("FRIDAY", "FR"),
            Map.entry("SA", "SA"), Map.entry("SAT", "SA"), Map.entry("SATURDAY", "SA"),
            Map.entry("SU", "SU"), Map.entry("SUN", "SU"), Map.entry("SUNDAY", "SU"));

    static ServiceFilter from(Map<String, String> query) {
        List<FieldProblem> problems = new ArrayList<>();
        String search = firstNonBlank(query.get("search"), query.get("text"));
        List<String> words = search == null ? List.of()
                : Arrays.stream(search.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
        ServiceFilter filter = new ServiceFilter(words, blankToNull(query.get("organization_id")),
                blankToNull(query.get("taxonomy_term_id")), blankToNull(query.get("taxonomy_id")),
                age(problems, "minimum_age", query.get("minimum_age")),
                age(problems, "maximum_age", query.get("maximum_age")),
                time(problems, "start_time", query.get("start_time")),
                time(problems, "end_time", query.get("end_time")),
                day(problems, query.get("day")),
                instant(problems, "modified_after", query.get("modified_after")));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return filter;
    }

    boolean hasScheduleCondition() {
        return startTime != null || endTime != null || day != null;
    }

    private static Integer age(List<FieldProblem> problems, String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            double age = Double.parseDouble(value.strip());
            if (age >= 0 && age <= 150) {
                return (int) Math.floor(age);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, name + " must be an age in years, like 18"));
        return null;
    }

    private static LocalTime time(List<FieldProblem> problems, String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() > 8 ? OffsetDateTime.parse("2000-01-01T" + text).toLocalTime() : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, name + " must be a time like 09:30 or 09:30:00"));
            return null;
        }
    }

    private static String day(List<FieldProblem> problems, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        String code = DAYS.get(value.strip().toUpperCase(Locale.ROOT));
        if (code == null) {
            problems.add(new FieldProblem("day", "day must be a day of the week: MO, TU, WE, TH, FR, SA or SU"));
        }
        return code;
    }

    private static Instant instant(List<FieldProblem> problems, String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    problems.add(new FieldProblem(name, name + " must be a date or date-time like 2024-05-01T09:00:00Z"));
                    return null;
                }
            }
        }
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? a : blankToNull(b);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
