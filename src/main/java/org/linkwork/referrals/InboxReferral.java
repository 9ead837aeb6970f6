package org.linkwork.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An onward referral as the organisation it was sent to sees it.
 *
 * @param note        what the link worker wrote for the organisation
 * @param referredBy  the username of the link worker who referred on
 * @param person      the person, as far as they agreed to share with the organisation
 * @param sessions    sessions attended, oldest first; empty in a list of the inbox
 * @param history     every change of status, oldest first; empty in a list of the inbox
 * @param escalatedAt when it was escalated for waiting too long for an answer, if it was
 */
public record InboxReferral(OnwardReferralId id, String serviceId, String serviceName, String organisationId,
        String organisationName, OnwardReferralStatus status, Instant requestedAt, Instant updatedAt, String note,
        String referredBy, SharedPerson person, int sessionsAttended, List<Attendance> sessions,
        List<OnwardReferralChange> history, Optional<Instant> escalatedAt, int version) {

    public InboxReferral {
        sessions = List.copyOf(sessions);
        history = List.copyOf(history);
    }

    /** Whether a session may be recorded now. */
    public boolean takesAttendance() {
        return status == OnwardReferralStatus.ACCEPTED || status == OnwardReferralStatus.IN_PROGRESS;
    }
}
