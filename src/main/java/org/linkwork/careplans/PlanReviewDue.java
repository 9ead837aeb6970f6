package org.linkwork.careplans;

import java.time.Instant;
import java.time.LocalDate;
import org.linkwork.referrals.ReferralId;

/**
 * A plan's review is coming up soon, or is overdue: its link worker is to be told (module notifications).
 * Ids and dates only, never the person's details.
 *
 * @param overdue true when the review date has passed, false when it is near
 */
public record PlanReviewDue(CarePlanId planId, ReferralId referralId, String linkWorker, LocalDate reviewDue,
        boolean overdue, Instant occurredAt) {
}
