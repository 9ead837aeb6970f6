package org.linkwork.referrals;

/**
 * The referral was discharged: nothing more is recorded on it. A person who comes back is referred again.
 */
public class ReferralClosed extends RuntimeException {

    public ReferralClosed(ReferralId id) {
        super("Referral " + id + " was discharged, so nothing more can be recorded on it. Refer the person again if they need support.");
    }
}
