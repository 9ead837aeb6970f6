package org.linkwork.careplans;

import java.time.LocalDate;
import java.util.List;

/**
 * A review of the plan with the person: where each goal now stands, how it went, and when to review next.
 *
 * @param progress  for each goal of the plan: where it stands now
 * @param notes     how the review went
 * @param nextReview when to review again
 */
public record Review(List<GoalProgress> progress, String notes, LocalDate nextReview) {

    public Review {
        progress = progress == null ? List.of() : List.copyOf(progress);
    }

    /**
     * @param progress 0 to 10, as the person feels now
     */
    public record GoalProgress(GoalId goalId, Integer progress, GoalStatus status) {
    }
}
