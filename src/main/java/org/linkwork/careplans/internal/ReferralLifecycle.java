package org.linkwork.careplans.internal;

import org.linkwork.referrals.ReferralAllocated;
import org.linkwork.referrals.ReferralDischarged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps plans in step with their referrals: a reallocated referral's plan reminds its new link worker of
 * reviews, and a discharged person's plan is closed. It runs within the referral's own change, so the two
 * never disagree.
 */
@Component
class ReferralLifecycle {

    private final PlanRecords records;

    ReferralLifecycle(PlanRecords records) {
        this.records = records;
    }

    @EventListener
    void referralAllocated(ReferralAllocated event) {
        records.allocate(event.referralId(), event.linkWorker());
    }

    @EventListener
    void referralDischarged(ReferralDischarged event) {
        records.close(event.referralId(), event.dischargedAt());
    }
}
