package org.linkwork.referrals;

import java.time.Instant;

/**
 * One line of a referral's history.
 *
 * @param kind   what happened: "received", "triaged", "allocated", "contact", "appointment", "note",
 *               "referred-on", "signposted", "onward-status", "discharged"
 * @param detail what to show, without personal details beyond those of the referral itself
 */
public record ReferralEvent(String kind, String detail, String actor, Instant occurredAt) {

    /** What a referrer follows: what happened to the referral, not the link worker's working notes. */
    public boolean isForReferrer() {
        return !kind.equals("contact") && !kind.equals("appointment") && !kind.equals("note");
    }
}
