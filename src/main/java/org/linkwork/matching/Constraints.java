package org.linkwork.matching;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a suggestion must respect. Each given part is a hard constraint: a service that breaks it is never
 * suggested (see the package documentation for services that say too little to tell).
 *
 * @param maxDistanceKm no venue further than this (services that come to the person are kept)
 * @param days          a session on one of these days
 * @param timesOfDay    a session starting in one of these parts of the day
 * @param maxCostPounds the cheapest way to take part costs no more than this; 0 for free only
 * @param age           the service's ages allow this age
 * @param wheelchair    wheelchair or step-free access is recorded
 * @param stepFree      step-free (or wheelchair) access is recorded
 * @param language      ISO 639-1 code of a language the service is offered in; "en" (or none) for any
 * @param noTransport   the person cannot travel far: nearby services and those that come to them first, and
 *                      community transport alongside
 */
public record Constraints(Double maxDistanceKm, Set<DayOfWeek> days, Set<PartOfDay> timesOfDay,
        BigDecimal maxCostPounds, Integer age, boolean wheelchair, boolean stepFree, String language,
        boolean noTransport) {

    public static final Constraints NONE = new Constraints(null, Set.of(), Set.of(), null, null, false, false, null,
            false);

    public Constraints {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        timesOfDay = timesOfDay == null || timesOfDay.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(timesOfDay));
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    public boolean needsStepFree() {
        return wheelchair || stepFree;
    }

    /** These constraints for someone of this age. */
    public Constraints withAge(int age) {
        return new Constraints(maxDistanceKm, days, timesOfDay, maxCostPounds, age, wheelchair, stepFree, language,
                noTransport);
    }

    /** Whether this constraint is given. */
    public boolean has(HardConstraint constraint) {
        return switch (constraint) {
            case TIMES_OF_DAY -> !timesOfDay.isEmpty();
            case DAYS -> !days.isEmpty();
            case MAX_DISTANCE -> maxDistanceKm != null;
            case MAX_COST -> maxCostPounds != null;
            case STEP_FREE -> needsStepFree();
            case LANGUAGE -> language != null;
        };
    }

    /** These constraints with one of them not given. */
    public Constraints without(HardConstraint constraint) {
        return switch (constraint) {
            case TIMES_OF_DAY -> new Constraints(maxDistanceKm, days, Set.of(), maxCostPounds, age, wheelchair, stepFree,
                    language, noTransport);
            case DAYS -> new Constraints(maxDistanceKm, Set.of(), timesOfDay, maxCostPounds, age, wheelchair, stepFree,
                    language, noTransport);
            case MAX_DISTANCE -> new Constraints(null, days, timesOfDay, maxCostPounds, age, wheelchair, stepFree, language,
                    noTransport);
            case MAX_COST -> new Constraints(maxDistanceKm, days, timesOfDay, null, age, wheelchair, stepFree, language,
                    noTransport);
            case STEP_FREE -> new Constraints(maxDistanceKm, days, timesOfDay, maxCostPounds, age, false, false, language,
                    noTransport);
            case LANGUAGE -> new Constraints(maxDistanceKm, days, timesOfDay, maxCostPounds, age, wheelchair, stepFree,
                    null, noTransport);
        };
    }
}
