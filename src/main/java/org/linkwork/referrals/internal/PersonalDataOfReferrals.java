package org.linkwork.referrals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.identity.AuditEvents;
import org.linkwork.people.DataSubject;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalData;
import org.linkwork.people.PersonalData.Entry;
import org.linkwork.people.PersonalData.Field;
import org.linkwork.people.PersonalDataSource;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralChange;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What module referrals holds about a person, for data protection: their referrals with everything
 * recorded on them (history, contacts, appointments, notes, discharge, onward referrals with their
 * history and sessions) and who read them. Erasure and the retention of closed referrals blank the free
 * text, where anything about the person may have been written; codes, dates and the services chosen
 * stay, so that counts still add up.
 */
@Component
@Order(10)
class PersonalDataOfReferrals implements PersonalDataSource {

    static final String NAME = "referrals";
    private static final String ERASED = "[erased]";
    /** The audit subject of onward referrals, as the provider inbox writes it. */
    private static final String ONWARD_SUBJECT = "onward-referral";

    private final ReferralRecords records;
    private final OnwardReferralRecords onward;
    private final AuditEvents audit;
    private final JdbcClient jdbc;

    PersonalDataOfReferrals(ReferralRecords records, OnwardReferralRecords onward, AuditEvents audit, JdbcClient jdbc) {
        this.records = records;
        this.onward = onward;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PersonalData export(DataSubject subject) {
        List<Entry> entries = new ArrayList<>();
        for (ReferralId id : referralsOf(subject)) {
            Referral referral = records.find(id).orElseThrow();
            entries.add(referral(referral));
        }
        return new PersonalData(NAME, "Referrals to the link-worker service", entries);
    }

    private Entry referral(Referral r) {
        List<Entry> within = new ArrayList<>();
        records.events(r.id()).forEach(e -> within.add(new Entry("history", e.detail(), List.of(
                Field.of("kind", "What happened", e.kind()), Field.of("detail", "Detail", e.detail()),
                Field.of("actor", "By", e.actor()), Field.of("occurredAt", "When", e.occurredAt())))));
        records.contacts(r.id()).forEach(c -> within.add(new Entry("contact", "Contact: " + c.kind().label(), List.of(
                Field.of("kind", "How", c.kind().code()), Field.of("outcome", "Outcome", c.outcome().label()),
                Field.of("note", "Note", c.note()), Field.of("contactedAt", "When", c.contactedAt()),
                Field.of("review", "Was a review", c.review()),
                Field.of("nextContactDue", "Next contact due", c.nextContactDue()),
                Field.of("recordedBy", "Recorded by", c.recordedBy())))));
        records.appointments(r.id()).forEach(a -> within.add(new Entry("appointment", "Appointment", List.of(
                Field.of("startsAt", "When", a.startsAt()), Field.of("location", "Where", a.location()),
                Field.of("purpose", "What for", a.purpose()), Field.of("bookedBy", "Booked by", a.bookedBy())))));
        records.notes(r.id()).forEach(n -> within.add(new Entry("note", "Note", List.of(
                Field.of("text", "Note", n.text()), Field.of("writtenBy", "Written by", n.writtenBy()),
                Field.of("writtenAt", "When", n.writtenAt())))));
        records.discharge(r.id()).ifPresent(d -> within.add(new Entry("discharge", "Discharge", List.of(
                Field.of("reason", "Why", d.reason().label()), Field.of("note", "Note", d.note()),
                Field.of("dischargedBy", "By", d.dischargedBy()), Field.of("dischargedAt", "When", d.dischargedAt())))));
        onward.ofReferral(r.id()).forEach(o -> within.add(onwardReferral(o)));
        audit.about(ReferralsService.SUBJECT, List.of(r.id().toString())).forEach(e -> within.add(auditEvent(e)));
        return new Entry("referral", "Referral of " + r.createdAt().toString().substring(0, 10), List.of(
                Field.of("id", "Referral number", r.id()), Field.of("source", "Referred by (kind)", r.source().label()),
                Field.of("referredBy", "Referred by", r.referredBy()), Field.of("reason", "Reason", r.reason()),
                Field.of("whatMatters", "What matters to you", r.whatMatters()), Field.of("needs", "Needs", r.needs()),
                Field.of("urgency", "How soon", r.urgency().label()),
                Field.of("consentConfirmed", "You agreed to be referred", r.consentConfirmed()),
                Field.of("status", "Status", r.status().label()), Field.of("allocatedTo", "Link worker", r.allocatedTo()),
                Field.of("allocatedAt", "Allocated on", r.allocatedAt()), Field.of("reviewDue", "Review due", r.reviewDue()),
                Field.of("createdAt", "Received on", r.createdAt()), Field.of("updatedAt", "Last changed", r.updatedAt())),
                within);
    }

    private Entry onwardReferral(OnwardReferral o) {
        List<Entry> within = new ArrayList<>();
        for (OnwardReferralChange change : o.history()) {
            within.add(new Entry("onward-status", "Status: " + change.to().code(), List.of(
                    Field.of("from", "From", change.from().map(OnwardReferralStatus::code)),
                    Field.of("to", "To", change.to().code()),
                    Field.of("reasonCode", "Reason", change.reason().code().map(c -> c.label())),
                    Field.of("reasonText", "Reason in words", change.reason().text()),
                    Field.of("actor", "By", change.actor()), Field.of("occurredAt", "When", change.occurredAt()))));
        }
        jdbc.sql("""
                select attended_on, note, recorded_by from onward_referral_attendance
                where onward_referral_id = :id order by attended_on, created_at
                """)
                .param("id", o.id().value())
                .query((rs, row) -> new Entry("attendance", "Session attended", List.of(
                        Field.of("attendedOn", "On", rs.getObject("attended_on", java.time.LocalDate.class)),
                        Field.of("note", "Note", rs.getString("note")),
                        Field.of("recordedBy", "Recorded by", rs.getString("recorded_by")))))
                .list().forEach(within::add);
        audit.about(ONWARD_SUBJECT, List.of(o.id().toString()))
                .forEach(e -> within.add(auditEvent(e)));
        return new Entry("onward-referral", (o.kind() == org.linkwork.referrals.OnwardKind.SIGNPOST ? "Told about: "
                : "Referred on to: ") + o.serviceName(), List.of(
                Field.of("id", "Number", o.id()), Field.of("kind", "Kind", o.kind().name().toLowerCase(java.util.Locale.ROOT)),
                Field.of("serviceName", "Service", o.serviceName()),
                Field.of("organisationName", "Organisation", o.organisationName()),
                Field.of("status", "Status", o.status().map(OnwardReferralStatus::code)),
                Field.of("note", "Note", o.note()), Field.of("referredBy", "By", o.referredBy()),
                Field.of("createdAt", "When", o.createdAt())), within);
    }

    private static Entry auditEvent(AuditEvents.Event event) {
        return new Entry("audit-event", event.action(), List.of(
                Field.of("occurredAt", "When", event.occurredAt()), Field.of("actor", "Who", event.actor()),
                Field.of("action", "What", event.action()),
                Field.of("record", "Which record", event.subjectType() + " " + event.subjectId()),
                Field.of("reason", "Why", event.reason())));
    }

    @Override
    public void erase(DataSubject subject) {
        anonymise(referralsOf(subject).stream().map(ReferralId::value).toList());
    }

    @Override
    public Activity activity(DataSubject subject) {
        return jdbc.sql("""
                with r as (select id, status, updated_at from referral where person_id in (:ids))
                select coalesce(bool_or(status <> 'discharged'), false) as open, greatest(
                    (select max(updated_at) from r),
                    (select max(e.occurred_at) from referral_event e where e.referral_id in (select id from r)),
                    (select max(o.updated_at) from onward_referral o where o.referral_id in (select id from r))) as last
                from r
                """)
                .param("ids", ids(subject))
                .query((rs, row) -> new Activity(rs.getBoolean("open"),
                        Optional.ofNullable(rs.getObject("last", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .single();
    }

    @Override
    public List<ClosedRecord> closedRecordsDue(Instant closedBefore, int limit) {
        return jdbc.sql("""
                select r.id, r.person_id, d.discharged_at from referral r join referral_discharge d on d.referral_id = r.id
                where r.status = 'discharged' and r.anonymised_at is null and d.discharged_at < :before
                order by d.discharged_at, r.id limit :limit
                """)
                .param("before", Timestamp.from(closedBefore))
                .param("limit", limit)
                .query((rs, row) -> new ClosedRecord(NAME, "referral", rs.getObject("id", UUID.class).toString(),
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getObject("discharged_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public void anonymiseClosed(ClosedRecord record) {
        anonymise(List.of(UUID.fromString(record.id())));
    }

    private List<ReferralId> referralsOf(DataSubject subject) {
        return jdbc.sql("select id from referral where person_id in (:ids) order by created_at, id")
                .param("ids", ids(subject))
                .query(UUID.class).list().stream().map(ReferralId::new).toList();
    }

    /** Blanks the free text of these referrals and everything on them (the caller's transaction allows it). */
    private void anonymise(List<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return;
        }
        jdbc.sql("select set_config('linkwork.erasure', 'on', true)").query((rs, row) -> 1).list();
        update("""
                update referral set reason = :erased, what_matters = null, anonymised_at = coalesce(anonymised_at, now()),
                    updated_at = now(), version = version + 1
                where id in (:ids)
                """, referralIds);
        update("update referral_contact set note = null, updated_at = now(), version = version + 1 where referral_id in (:ids)",
                referralIds);
        update("""
                update referral_appointment set location = :erased, purpose = null, updated_at = now(),
                    version = version + 1 where referral_id in (:ids)
                """, referralIds);
        update("update referral_note set text = :erased, updated_at = now(), version = version + 1 where referral_id in (:ids)",
                referralIds);
        update("""
                update referral_discharge set note = case when note is null then null else :erased end,
                    updated_at = now(), version = version + 1 where referral_id in (:ids)
                """, referralIds);
        update("update onward_referral set note = null, updated_at = now(), version = version + 1 where referral_id in (:ids)",
                referralIds);
        update("""
                update onward_referral_history set reason_text = case when reason_text is null then null else :erased end
                where reason_text is not null
                    and onward_referral_id in (select id from onward_referral where referral_id in (:ids))
                """, referralIds);
        update("""
                update onward_referral_attendance set note = null, updated_at = now(), version = version + 1
                where note is not null and onward_referral_id in (select id from onward_referral where referral_id in (:ids))
                """, referralIds);
    }

    private void update(String sql, List<UUID> referralIds) {
        var statement = jdbc.sql(sql).param("ids", referralIds);
        if (sql.contains(":erased")) {
            statement = statement.param("erased", ERASED);
        }
        statement.update();
    }

    private static List<UUID> ids(DataSubject subject) {
        return subject.ids().stream().map(PersonId::value).toList();
    }
}
