package org.linkwork.referrals.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.people.PersonSummary;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.Attendance;
import org.linkwork.referrals.AttendanceNotTaken;
import org.linkwork.referrals.InboxReferral;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.ProviderInbox;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.SharedPerson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider inbox. The person is read through module people only when they agreed to share with
 * the organisation, and then only the summary people allows a provider (audited there, with the
 * reason "provider inbox"). Nothing here logs.
 */
@Service
@Transactional
class InboxService implements ProviderInbox {

    static final String REASON = "provider inbox";
    static final String SUBJECT = "onward-referral";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_NOTE = 1000;

    private final InboxRecords records;
    private final InboxAccess access;
    private final People people;
    private final Referrals referrals;
    private final AuditLog audit;
    private final Clock clock;

    InboxService(InboxRecords records, InboxAccess access, People people, Referrals referrals, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.records = records;
        this.access = access;
        this.people = people;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public List<InboxReferral> inbox(String organisationId) {
        access.requireOrganisation(organisationId, "Organisation", organisationId);
        audit.record("referrals.inbox.read", "organisation", organisationId, REASON);
        return records.ofOrganisation(organisationId).stream()
                .map(row -> view(row, List.of(), List.of())).toList();
    }

    @Override
    public InboxReferral referral(OnwardReferralId id) {
        InboxRecords.Row row = readable(records.find(id), id);
        audit.record("onward-referral.read", SUBJECT, id.toString(), REASON);
        return view(row, records.attendances(id), referrals.onwardReferral(id).history());
    }

    @Override
    public Attendance recordAttendance(OnwardReferralId id, LocalDate date, String note) {
        InboxRecords.Row row = readable(records.lock(id), id);
        LocalDate today = clock.instant().atZone(UK).toLocalDate();
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new FieldProblem("date", "Enter the date of the session"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", "The session must have happened: enter today or a day before"));
        } else if (date.isBefore(row.requestedAt().atZone(UK).toLocalDate())) {
            problems.add(new FieldProblem("date", "The session must be on or after the day of the referral"));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "Note must be " + MAX_NOTE + " characters or fewer"));
        }
        if (!row.status().equals(OnwardReferralStatus.ACCEPTED) && !row.status().equals(OnwardReferralStatus.IN_PROGRESS)) {
            throw new AttendanceNotTaken(row.status());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String actor = access.signedIn().username();
        records.insertAttendance(id, date, text, actor);
        audit.record("onward-referral.attendance", SUBJECT, id.toString(), "session recorded");
        if (row.status() == OnwardReferralStatus.ACCEPTED) {
            referrals.changeStatus(id, OnwardReferralStatus.IN_PROGRESS, Reason.NONE);
        }
        return new Attendance(date, text, actor, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationInbox> organisations() {
        access.requireAdmin();
        return records.organisations();
    }

    private InboxRecords.Row readable(Optional<InboxRecords.Row> found, OnwardReferralId id) {
        InboxRecords.Row row = found.orElseThrow(() -> new NotFound("Onward referral", id));
        access.requireOrganisation(row.organisationId(), "Onward referral", id);
        return row;
    }

    private InboxReferral view(InboxRecords.Row row, List<Attendance> sessions,
            List<org.linkwork.referrals.OnwardReferralChange> history) {
        return new InboxReferral(row.id(), row.serviceId(), row.serviceName(), row.organisationId(),
                row.organisationName(), row.status(), row.requestedAt(), row.updatedAt(), row.note(), row.referredBy(),
                shared(row), row.sessions(), sessions, history, row.escalatedAt(), row.version());
    }

    /** The person, only as far as they agreed to share with the organisation the referral was sent to. */
    private SharedPerson shared(InboxRecords.Row row) {
        if (!people.hasConsent(row.personId(), Consent.Scope.SHARE_WITH_ORGANISATION,
                Optional.of(row.organisationId()))) {
            return SharedPerson.NOT_SHARED;
        }
        PersonSummary summary = people.summary(row.personId(), REASON);
        String family = summary.name().family();
        String name = summary.name().given()
                + (family == null || family.isBlank() ? "" : " " + family.strip().substring(0, 1) + ".");
        return new SharedPerson(Optional.of(name), summary.howToReach());
    }
}
