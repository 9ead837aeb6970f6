package org.linkwork.careplans;

/**
 * A goal to add to the plan (or the new words of one), as entered.
 *
 * @param progress 0 to 10: where the person feels they are now
 */
public record NewGoal(String inTheirWords, String howTheyWillKnow, Integer progress, GoalStatus status) {
}
