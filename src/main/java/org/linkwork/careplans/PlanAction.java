package org.linkwork.careplans;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who does what by when.
 *
 * @param who    "Me", "Lee (link worker)", "My daughter": in the plan's words
 * @param goalId the goal it works towards, if any
 * @param link   the directory service or onward referral it leads to, if any
 */
public record PlanAction(ActionId id, String what, String who, Optional<LocalDate> byWhen, Optional<GoalId> goalId,
        Optional<ActionLink> link, ActionStatus status) {

    public PlanAction {
        byWhen = byWhen == null ? Optional.empty() : byWhen;
        goalId = goalId == null ? Optional.empty() : goalId;
        link = link == null ? Optional.empty() : link;
        status = status == null ? ActionStatus.TO_DO : status;
    }
}
