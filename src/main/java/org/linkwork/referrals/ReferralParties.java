package org.linkwork.referrals;

import java.util.Optional;
import org.linkwork.platform.NotFound;

/**
 * Who is party to an onward referral, for telling them what happened to it: usernames and ids only,
 * never the person's details. For system work (event listeners); it checks no signed-in user.
 */
public interface ReferralParties {

    /** @throws NotFound when there is no such onward referral */
    Parties of(OnwardReferralId id);

    /**
     * @param linkWorker the link worker the referral is allocated to, or else who referred on
     * @param referrer   the username of who made the original referral, when they have an account
     */
    record Parties(OnwardReferralId onwardReferralId, ReferralId referralId, String serviceName,
            String organisationId, Optional<String> linkWorker, Optional<String> referrer) {
    }
}
