package org.linkwork.referrals;

import java.time.LocalDate;
import java.util.List;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;

/**
 * A community organisation's inbox: the onward referrals sent to its services, with no more of each
 * person than they agreed to share with the organisation. A provider works on its own organisation's
 * inbox only; an administrator on any. An onward referral of another organisation is {@link NotFound}.
 * Every read is audited; status changes go through {@link Referrals#changeStatus}, which keeps the
 * task states.
 */
public interface ProviderInbox {

    /**
     * The organisation's onward referrals: requested first, then those under way, then closed ones;
     * oldest first within each. Each person shown is read (audited) with the reason "provider inbox".
     *
     * @throws NotFound when the caller may not act for the organisation
     */
    List<InboxReferral> inbox(String organisationId);

    /** One onward referral with its sessions and history. Audited. */
    InboxReferral referral(OnwardReferralId id);

    /**
     * Records that the person came to a session. Only an accepted or in-progress referral has sessions;
     * the first session of an accepted referral puts it in progress.
     *
     * @throws InvalidInput       on {@code date} (missing, in the future, before the referral) or {@code note}
     * @throws AttendanceNotTaken when the referral is not accepted or in progress
     */
    Attendance recordAttendance(OnwardReferralId id, LocalDate date, String note);

    /** For administrators: the organisations that have been sent referrals, by name. */
    List<OrganisationInbox> organisations();

    /**
     * An organisation that has been sent referrals.
     *
     * @param waiting referrals requested and not yet answered
     */
    record OrganisationInbox(String organisationId, String organisationName, int waiting) {
    }
}
