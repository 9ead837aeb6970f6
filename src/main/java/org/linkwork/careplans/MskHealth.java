package org.linkwork.careplans;

import java.util.Optional;

/**
 * Muscle, bone and joint health, for people whose pain or mobility is part of what they want to change.
 *
 * @param painScore      how bad the pain is on most days, 0 (none) to 10 (worst imaginable), when asked
 * @param whatPainStops  what the pain stops them doing, in their words
 * @param activityGoals  the activity they want to build up to
 * @param selfManagement what they do, or will try, to manage it themselves
 */
public record MskHealth(Optional<Integer> painScore, String whatPainStops, String activityGoals,
        String selfManagement) {

    public MskHealth {
        painScore = painScore == null ? Optional.empty() : painScore;
    }

    public static final MskHealth NONE = new MskHealth(Optional.empty(), null, null, null);

    public boolean isEmpty() {
        return painScore.isEmpty() && whatPainStops == null && activityGoals == null && selfManagement == null;
    }
}
