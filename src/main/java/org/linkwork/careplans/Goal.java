package org.linkwork.careplans;

/**
 * A goal in the person's own words, with how they will know they are getting there.
 *
 * @param progress where they feel they are, from 0 (not started) to 10 (there): recorded when the goal is
 *                 set and again at each review, so the plan's versions hold its history
 */
public record Goal(GoalId id, String inTheirWords, String howTheyWillKnow, int progress, GoalStatus status) {

    public static final int MOST_PROGRESS = 10;
}
