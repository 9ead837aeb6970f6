package org.linkwork.referrals;

/**
 * Someone else changed the referral (or onward referral) after it was read: saving now would
 * silently overwrite what they did.
 */
public class ReferralChangedConcurrently extends RuntimeException {

    public ReferralChangedConcurrently(Object id) {
        super("Referral " + id + " was changed by someone else after you opened it. "
                + "Open it again to see their changes, then make yours again.");
    }
}
