package org.linkwork.matching;

import org.linkwork.platform.Coded;

/**
 * A hard constraint of a request, by the name of its field in {@link Constraints} and the JSON API. When few
 * services fit, suggestions say which of them left services out ({@link UnmetConstraint}).
 *
 * <p>Only preferences of when, how far and how much are relaxable: those near misses are shown, because
 * a person may well manage another morning, a longer bus ride or a small fee once it is talked through.
 * Step-free access and language are needs: a service without step-free access is no use to a wheelchair user,
 * and one in a language the person does not speak is no use to them, so such services are counted but never
 * shown. Age is not reported at all: the ages a listing records bar a person, and the search that finds
 * candidates already leaves out services outside the person's age, so a count would be wrong.
 */
public enum HardConstraint implements Coded {
    TIMES_OF_DAY("timesOfDay", true),
    DAYS("days", true),
    MAX_DISTANCE("maxDistanceKm", true),
    MAX_COST("maxCostPounds", true),
    /** Step-free access, also when asked for as {@code wheelchair}: both ask for step-free access. */
    STEP_FREE("stepFree", false),
    LANGUAGE("language", false);

    private final String code;
    private final boolean relaxable;

    HardConstraint(String code, boolean relaxable) {
        this.code = code;
        this.relaxable = relaxable;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether services that break only this constraint may be shown as near misses. */
    public boolean relaxable() {
        return relaxable;
    }
}
