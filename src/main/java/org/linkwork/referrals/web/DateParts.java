package org.linkwork.referrals.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.linkwork.platform.InvalidInput.FieldProblem;

/** Reads the three boxes of an NHS.UK date input, and a time typed as 14:30 or 2:30pm. */
final class DateParts {

    private DateParts() {
    }

    static boolean blank(String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The date, or null when all three boxes are empty or it is no date (then a problem is added). */
    static LocalDate parse(String day, String month, String year, String field, String what, List<FieldProblem> problems) {
        if (blank(day, month, year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000) {
                problems.add(new FieldProblem(field, "Year must include 4 numbers"));
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            problems.add(new FieldProblem(field, what + " must be a real date, like 15 3 2025"));
            return null;
        }
    }

    static LocalTime time(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "Enter the time, like 14:30"));
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('.', ':');
        try {
            boolean pm = t.endsWith("pm");
            boolean am = t.endsWith("am");
            if (pm || am) {
                t = t.substring(0, t.length() - 2).strip();
                String[] parts = t.split(":");
                int hour = Integer.parseInt(parts[0]) % 12 + (pm ? 12 : 0);
                int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                return LocalTime.of(hour, minute);
            }
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeException | NumberFormatException e) {
            problems.add(new FieldProblem(field, "Time must be like 14:30 or 2:30pm"));
            return null;
        }
    }
}
