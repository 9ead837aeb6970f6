package org.linkwork.careplans.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.linkwork.platform.InvalidInput.FieldProblem;

/** Reads the three boxes of an NHS.UK date input. */
final class DateBoxes {

    private DateBoxes() {
    }

    /** The date, or null when all three boxes are empty or it is no date (then a problem is added). */
    static LocalDate parse(String day, String month, String year, String field, String what, List<FieldProblem> problems) {
        if (blank(day) && blank(month) && blank(year)) {
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
            problems.add(new FieldProblem(field, what + " must be a real date, like 15 3 2027"));
            return null;
        }
    }

    private static boolean blank(String part) {
        return part == null || part.isBlank();
    }
}
