package org.linkwork.careplans;

import java.time.LocalDate;
import org.linkwork.people.PersonId;
import org.linkwork.referrals.ReferralId;

/**
 * A plan on a link worker's caseload with its next review date.
 */
public record ReviewDue(CarePlanId planId, ReferralId referralId, PersonId personId, LocalDate reviewDue,
        boolean overdue) {
}
