package org.linkwork.referrals;

import org.linkwork.platform.InvalidInput;

/**
 * Rejecting, cancelling, holding or failing an onward referral must say why (field {@code reason}),
 * and "other" must say it in words.
 */
public class ReasonRequired extends InvalidInput {

    public ReasonRequired(OnwardReferralStatus target, boolean wordsMissing) {
        super("reason", wordsMissing
                ? "Say in words why the onward referral is " + target.code()
                : "Choose why the onward referral is " + target.code()
                        + ": no capacity, not eligible, could not contact, person declined, or other");
    }
}
