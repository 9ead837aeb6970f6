package org.linkwork.careplans;

/**
 * The person was discharged from the link-worker service: the plan is kept as it was, and nothing more is recorded on it.
 */
public class PlanClosed extends RuntimeException {

    public PlanClosed(CarePlanId id) {
        super("Care plan " + id + " is closed because the person was discharged. It is kept as it was.");
    }
}
