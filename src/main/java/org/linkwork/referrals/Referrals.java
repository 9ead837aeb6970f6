package org.linkwork.referrals;

import java.util.List;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;

/**
 * Referrals to a place's link-worker service, and the onward referrals link workers make from them.
 *
 * <p>Who may do what: a link worker works on the referrals of their own place (their team's people);
 * an administrator on any; a referrer sees only the referrals they made; a provider may change only the
 * status of onward referrals sent to its organisation; a commissioner sees none. A referral outside
 * the caller's reach is {@link NotFound}, so that its existence is not given away.
 *
 * <p>Changes that take a version refuse, with {@link ReferralChangedConcurrently}, a change made to an
 * outdated copy: two people never silently overwrite each other.
 */
public interface Referrals {

    /**
     * Registers the person through module people (which finds an existing record) with their consent
     * to the referral, and puts the referral in the place's triage queue. Made by the signed-in user,
     * or by "public" on the self-referral form.
     *
     * @throws InvalidInput naming every field at fault, the person's as {@code person.<field>}; a referral
     *                      without the person's consent is refused
     */
    Receipt receive(NewReferral referral);

    /**
     * As {@link #receive(NewReferral)}, once per key and caller: a retry with the same key and request
     * returns the referral made the first time, even when both arrive at once.
     *
     * @throws InvalidInput on the field {@code Idempotency-Key} when the key was used with another request
     */
    Receipt receive(NewReferral referral, IdempotencyKey key);

    /** The referral as the caller may see it (see {@link ReferralDetail}). The read is audited. */
    ReferralDetail referral(ReferralId id, String why);

    /** The signed-in link worker's place's new referrals: received or triaged, "soon" first, then oldest first. */
    List<Referral> queue();

    /** The referrals the signed-in user made, newest first, with their onward referrals. */
    List<ReferralDetail> referredByMe();

    /** The link worker looked at the referral: it stays in the queue until allocated. */
    Referral triage(ReferralId id, int version);

    /**
     * Puts the referral on a link worker's caseload.
     *
     * @param linkWorker the username of a link worker of the referral's place
     */
    Referral allocate(ReferralId id, int version, String linkWorker);

    Contact recordContact(ReferralId id, NewContact contact);

    Appointment bookAppointment(ReferralId id, NewAppointment appointment);

    Note addNote(ReferralId id, String text);

    Referral discharge(ReferralId id, int version, DischargeReason reason, String note);

    /**
     * Refers the person on to a directory service: an onward referral in status requested, for the
     * service's organisation to answer.
     *
     * @param shareWithOrganisation the person agreed to share their details with the service's organisation;
     *                              recorded as their consent, which lets the organisation's users see how to reach them
     */
    OnwardReferral referOn(ReferralId id, String serviceId, String note, boolean shareWithOrganisation);

    /** Records that the person was told about a service; nothing is sent to it. */
    OnwardReferral signpost(ReferralId id, String serviceId, String note);

    /**
     * Moves an onward referral to another task state.
     *
     * @throws TransitionNotAllowed when the status it is in cannot lead to the target
     * @throws ReasonRequired       when the target is rejected, cancelled, on hold or failed and no reason is given
     */
    OnwardReferral changeStatus(OnwardReferralId id, OnwardReferralStatus target, Reason reason);

    /** As {@link #changeStatus(OnwardReferralId, OnwardReferralStatus, Reason)}, from the version the caller saw. */
    OnwardReferral changeStatus(OnwardReferralId id, int version, OnwardReferralStatus target, Reason reason);

    OnwardReferral onwardReferral(OnwardReferralId id);

    /** The signed-in link worker's caseload. */
    Caseload caseload();

    /** Usernames of the link workers of the signed-in user's place: who a referral may be allocated to. */
    List<String> team();
}
