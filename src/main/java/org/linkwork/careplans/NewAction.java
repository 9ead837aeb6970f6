package org.linkwork.careplans;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An action to add to the plan (or the new words of one), as entered. Its link, if any, comes from the
 * method that adds it: {@link CarePlans#addServiceAction}, {@link CarePlans#addReferralAction}.
 */
public record NewAction(String what, String who, LocalDate byWhen, Optional<GoalId> goalId, ActionStatus status) {

    public NewAction {
        goalId = goalId == null ? Optional.empty() : goalId;
    }
}
