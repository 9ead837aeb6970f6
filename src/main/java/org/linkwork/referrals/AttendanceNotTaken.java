package org.linkwork.referrals;

/**
 * A session was recorded on an onward referral that is not accepted or in progress: the person can
 * only come to sessions once the organisation has accepted them, and not after it has ended.
 */
public class AttendanceNotTaken extends RuntimeException {

    private final OnwardReferralStatus status;

    public AttendanceNotTaken(OnwardReferralStatus status) {
        super(status == OnwardReferralStatus.REQUESTED
                ? "Accept the referral before you record a session: it is requested and not yet accepted."
                : "Sessions are recorded only while a referral is accepted or in progress; this one is "
                        + status.code() + ".");
        this.status = status;
    }

    public OnwardReferralStatus status() {
        return status;
    }
}
