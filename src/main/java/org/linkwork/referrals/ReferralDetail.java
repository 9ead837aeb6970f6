package org.linkwork.referrals;

import java.util.List;
import java.util.Optional;

/**
 * A referral with everything recorded on it. For a referrer, the link worker's contacts, appointments
 * and notes are left out, and the history holds only what happened to the referral.
 */
public record ReferralDetail(Referral referral, List<Contact> contacts, List<Appointment> appointments,
        List<Note> notes, List<OnwardReferral> onwardReferrals, List<ReferralEvent> history,
        Optional<Discharge> discharge) {

    public ReferralDetail {
        contacts = List.copyOf(contacts);
        appointments = List.copyOf(appointments);
        notes = List.copyOf(notes);
        onwardReferrals = List.copyOf(onwardReferrals);
        history = List.copyOf(history);
    }
}
