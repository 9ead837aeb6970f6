package org.linkwork.matching.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.linkwork.directory.Schedule;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.HardConstraint;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.UnmetConstraint;

/**
 * What a hard constraint left out, and how one service breaks it, in the plain words of reasons and cautions:
 * "Runs Thursday afternoon - you said mornings", "2 services that fit everything else do not run in the morning".
 */
final class ConstraintWords {

    /** Enough sessions to show when a service does run, without listing a whole timetable. */
    private static final int MOST_SESSIONS = 3;

    private ConstraintWords() {
    }

    static UnmetConstraint unmet(HardConstraint constraint, Constraints c, int services) {
        boolean one = services == 1;
        String who = services + (one ? " service that fits everything else " : " services that fit everything else ");
        String parts = parts(c.timesOfDay(), false);
        String days = days(c.days(), false);
        return switch (constraint) {
            case TIMES_OF_DAY -> new UnmetConstraint(constraint, services, who + (c.days().isEmpty()
                    ? (one ? "does not run" : "do not run") + " in the " + parts
                    : (one ? "runs" : "run") + " on " + days + " but not in the " + parts),
                    "Would fit if they could go at another time of day");
            case DAYS -> new UnmetConstraint(constraint, services, who + (c.timesOfDay().isEmpty()
                    ? (one ? "does not run" : "do not run") + " on " + days
                    : (one ? "runs" : "run") + " in the " + parts + " but not on " + days),
                    "Would fit if they could go on another day");
            case MAX_DISTANCE -> new UnmetConstraint(constraint, services, who + (one ? "is" : "are")
                    + " not within the " + km(c.maxDistanceKm()) + " given",
                    "Would fit if they could go further than " + km(c.maxDistanceKm()));
            case MAX_COST -> free(c) ? new UnmetConstraint(constraint, services, who + (one ? "is" : "are") + " not free",
                    "Would fit if they could pay something")
                    : new UnmetConstraint(constraint, services, who + (one ? "costs" : "cost") + " more than the "
                            + Cost.pounds(c.maxCostPounds()) + " given",
                            "Would fit if they could pay more than " + Cost.pounds(c.maxCostPounds()));
            case STEP_FREE -> new UnmetConstraint(constraint, services, who + (one ? "has" : "have")
                    + " no step-free access recorded, so " + (one ? "it is" : "they are") + " not shown", null);
            case LANGUAGE -> new UnmetConstraint(constraint, services, who + (one ? "is" : "are") + " not offered in "
                    + HardConstraints.languageName(c.language()) + ", so " + (one ? "it is" : "they are") + " not shown",
                    null);
        };
    }

    /**
     * What two relaxable constraints left out together, when neither did alone: "No service fits both the days and the
     * distance given; 3 that fit everything else would without both".
     */
    static UnmetConstraint unmetTogether(HardConstraint first, HardConstraint second, Constraints c, int services) {
        Change one = change(first, c);
        Change other = change(second, c);
        return new UnmetConstraint(first, services, "No service fits both " + one.given() + " and " + other.given()
                + " given; " + services + (services == 1 ? " that fits" : " that fit")
                + " everything else would without both",
                "Would fit if they could " + one.verb() + " " + one.how() + " and "
                        + (one.verb().equals(other.verb()) ? "" : other.verb() + " ") + other.how(),
                second);
    }

    /** What a relaxable constraint is called, and what would change without it: "go" "on another day". */
    private record Change(String given, String verb, String how) {
    }

    private static Change change(HardConstraint constraint, Constraints c) {
        return switch (constraint) {
            case TIMES_OF_DAY -> new Change("the times of day", "go", "at another time of day");
            case DAYS -> new Change("the days", "go", "on another day");
            case MAX_DISTANCE -> new Change("the distance", "go", "further away");
            case MAX_COST -> new Change("the cost", "pay",
                    free(c) ? "something" : "more than " + Cost.pounds(c.maxCostPounds()));
            case STEP_FREE, LANGUAGE -> throw new IllegalArgumentException(
                    "A need is never taken away with another: " + constraint.code());
        };
    }

    /**
     * How a service that meets every other constraint breaks this one.
     *
     * @param venueKm to its nearest venue, null when it has none
     */
    static String broken(HardConstraint constraint, Constraints c, ServiceFacts f, Double venueKm) {
        return switch (constraint) {
            case TIMES_OF_DAY -> "Runs " + sessions(f, c.days(), Set.of()) + " - you said " + parts(c.timesOfDay(), true);
            case DAYS -> "Runs " + sessions(f, Set.of(), c.timesOfDay()) + " - you said " + days(c.days(), true);
            case MAX_DISTANCE -> venueKm == null
                    ? "Where it runs is not listed - you gave " + km(c.maxDistanceKm()) + " at most"
                    : String.format(Locale.UK, "%.1f km away", venueKm) + " - further than the " + km(c.maxDistanceKm())
                            + " you gave";
            case MAX_COST -> "Costs " + f.cost.words() + (free(c) ? " - you said free only"
                    : " - more than the " + Cost.pounds(c.maxCostPounds()) + " you gave");
            case STEP_FREE, LANGUAGE -> throw new IllegalArgumentException(
                    "A service that breaks a need is never shown, so never said how: " + constraint.code());
        };
    }

    /** The sessions on the days and in the parts of the day given (any, when none are): "Thursday afternoon". */
    static String sessions(ServiceFacts f, Set<DayOfWeek> days, Set<PartOfDay> parts) {
        Set<String> words = new LinkedHashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Schedule.Session s : f.sessions) {
                if (s.day() != day || (!days.isEmpty() && !days.contains(day))) {
                    continue;
                }
                PartOfDay part = s.opens() == null ? null : PartOfDay.of(s.opens());
                if (!parts.isEmpty() && (part == null || !parts.contains(part))) {
                    continue;
                }
                words.add(day.getDisplayName(TextStyle.FULL, Locale.UK) + (part == null ? " (time not listed)"
                        : " " + part.code()) + (s.monthly() ? ", once a month" : ""));
            }
        }
        List<String> shown = new ArrayList<>(words).subList(0, Math.min(MOST_SESSIONS, words.size()));
        return joined(shown, "and") + (words.size() > MOST_SESSIONS ? " and more" : "");
    }

    private static String parts(Set<PartOfDay> parts, boolean every) {
        return joined(parts.stream().sorted().map(p -> p.code() + (every ? "s" : "")).toList(), "or");
    }

    private static String days(Set<DayOfWeek> days, boolean every) {
        return joined(days.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK) + (every ? "s" : ""))
                .toList(), "or");
    }

    private static String joined(List<String> words, String and) {
        if (words.size() < 2) {
            return words.isEmpty() ? "" : words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + and + " " + words.getLast();
    }

    private static boolean free(Constraints c) {
        return c.maxCostPounds().compareTo(BigDecimal.ZERO) == 0;
    }

    private static String km(double km) {
        return BigDecimal.valueOf(km).stripTrailingZeros().toPlainString() + " km";
    }
}
