package org.linkwork.careplans;

/**
 * Someone else saved a change to the plan after it was read: saving now would silently overwrite theirs.
 */
public class PlanChangedConcurrently extends RuntimeException {

    public PlanChangedConcurrently(CarePlanId id) {
        super("Care plan " + id + " was changed by someone else after you opened it. "
                + "Open it again to see their changes, then make yours again.");
    }
}
