package org.linkwork.careplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one version of a plan says.
 *
 * @param reviewDue when the plan is next to be reviewed with the person
 */
public record PlanContent(List<Goal> goals, List<PlanAction> actions, MskHealth msk, Contingency contingency,
        Optional<LocalDate> reviewDue) {

    public static final PlanContent EMPTY = new PlanContent(List.of(), List.of(), MskHealth.NONE, Contingency.NONE,
            Optional.empty());

    public PlanContent {
        goals = List.copyOf(goals);
        actions = List.copyOf(actions);
        msk = msk == null ? MskHealth.NONE : msk;
        contingency = contingency == null ? Contingency.NONE : contingency;
        reviewDue = reviewDue == null ? Optional.empty() : reviewDue;
    }

    public Optional<Goal> goal(GoalId id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<PlanAction> action(ActionId id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
