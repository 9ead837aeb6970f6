package org.linkwork.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.PersonId;
import org.linkwork.referrals.Appointment;
import org.linkwork.referrals.Contact;
import org.linkwork.referrals.ContactKind;
import org.linkwork.referrals.ContactOutcome;
import org.linkwork.referrals.Discharge;
import org.linkwork.referrals.DischargeReason;
import org.linkwork.referrals.Note;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralEvent;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.ReferralStatus;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.Urgency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The tables of referrals and what is recorded on them.
 */
@Repository
class ReferralRecords {

    private static final String COLUMNS = """
            id, place_id, person_id, source, reason, what_matters, needs, urgency, consent_confirmed, status,
            allocated_to, allocated_at, review_due, referred_by, created_at, updated_at, version
            """;

    private static final String INSERT = """
            insert into referral (id, place_id, person_id, source, reason, what_matters, needs, urgency,
                consent_confirmed, referred_by)
            values (:id, :placeId, :personId, :source, :reason, :whatMatters, cast(:needs as text[]), :urgency,
                true, :referredBy)
            """;
    private static final String INSERT_EVENT =
            "insert into referral_event (referral_id, kind, detail, actor) values (:id, :kind, :detail, :actor)";

    private final JdbcClient jdbc;

    ReferralRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new referral's row, with its consent confirmed. */
    record NewRow(ReferralId id, String placeId, PersonId personId, Source source, String reason, String whatMatters,
            List<String> needs, Urgency urgency, String referredBy) {

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource()
                    .addValue("id", id.value())
                    .addValue("placeId", placeId)
                    .addValue("personId", personId.value())
                    .addValue("source", source.code())
                    .addValue("reason", reason)
                    .addValue("whatMatters", whatMatters)
                    .addValue("needs", SqlArrays.literal(needs))
                    .addValue("urgency", urgency.code())
                    .addValue("referredBy", referredBy);
        }
    }

    /** An entry of a referral's history. */
    record NewEvent(ReferralId id, String kind, String detail, String actor) {
    }

    void insert(NewRow row) {
        jdbc.sql(INSERT).paramSource(row.parameters()).update();
    }

    /** Inserts the referrals and the first entries of their histories, in one statement. */
    void insertAll(List<NewRow> rows, List<NewEvent> events) {
        if (rows.isEmpty()) {
            return;
        }
        // The history's references to the referrals are checked at the end of the statement, when both are in.
        jdbc.sql("""
                with made as (
                    insert into referral (id, place_id, person_id, source, reason, what_matters, needs, urgency,
                        consent_confirmed, referred_by)
                    select id, place_id, person_id, source, reason, what_matters, cast(needs as text[]), urgency,
                        true, referred_by
                    from unnest(:ids, :placeIds, :personIds, :sources, :reasons, :whatMatters, :needs, :urgencies,
                        :referredBy) with ordinality
                        as r(id, place_id, person_id, source, reason, what_matters, needs, urgency, referred_by, n)
                    order by n
                )
                insert into referral_event (referral_id, kind, detail, actor)
                select referral_id, kind, detail, actor
                from unnest(:eventReferralIds, :kinds, :details, :actors) with ordinality
                    as e(referral_id, kind, detail, actor, n)
                order by n
                """)
                .param("ids", uuids(rows.stream().map(r -> r.id().value())))
                .param("placeIds", texts(rows.stream().map(NewRow::placeId)))
                .param("personIds", uuids(rows.stream().map(r -> r.personId().value())))
                .param("sources", texts(rows.stream().map(r -> r.source().code())))
                .param("reasons", texts(rows.stream().map(NewRow::reason)))
                .param("whatMatters", texts(rows.stream().map(NewRow::whatMatters)))
                .param("needs", texts(rows.stream().map(r -> SqlArrays.literal(r.needs()))))
                .param("urgencies", texts(rows.stream().map(r -> r.urgency().code())))
                .param("referredBy", texts(rows.stream().map(NewRow::referredBy)))
                .param("eventReferralIds", uuids(events.stream().map(e -> e.id().value())))
                .param("kinds", texts(events.stream().map(NewEvent::kind)))
                .param("details", texts(events.stream().map(NewEvent::detail)))
                .param("actors", texts(events.stream().map(NewEvent::actor)))
                .update();
    }

    private static SqlArrayValue uuids(java.util.stream.Stream<UUID> values) {
        return new SqlArrayValue("uuid", values.toArray());
    }

    private static SqlArrayValue texts(java.util.stream.Stream<String> values) {
        return new SqlArrayValue("text", values.toArray());
    }

    Optional<Referral> find(ReferralId id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = :id")
                .param("id", id.value())
                .query(ReferralRecords::referral).optional();
    }

    /** Reads and locks the row, for a change that depends on what it holds. */
    Optional<Referral> lock(ReferralId id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = :id for update")
                .param("id", id.value())
                .query(ReferralRecords::referral).optional();
    }

    List<Referral> queue(String placeId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from referral where place_id = :placeId and status in ('received', 'triaged')
                order by urgency = 'soon' desc, created_at, id limit :limit
                """)
                .param("placeId", placeId)
                .param("limit", limit)
                .query(ReferralRecords::referral).list();
    }

    List<Referral> referredBy(String username, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from referral where referred_by in (:username, 'api:' || :username)
                order by created_at desc, id limit :limit
                """)
                .param("username", username)
                .param("limit", limit)
                .query(ReferralRecords::referral).list();
    }

    /** Changes status, allocation and review date if the row is still at {@code version}; false when it is not. */
    boolean update(ReferralId id, int version, ReferralStatus status, String allocatedTo, Instant allocatedAt,
            LocalDate reviewDue) {
        return jdbc.sql("""
                update referral set status = :status, allocated_to = :allocatedTo, allocated_at = :allocatedAt,
                    review_due = :reviewDue, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id.value())
                .param("version", version)
                .param("status", status.code())
                .param("allocatedTo", allocatedTo)
                .param("allocatedAt", allocatedAt == null ? null : Timestamp.from(allocatedAt))
                .param("reviewDue", reviewDue)
                .update() == 1;
    }

    void event(ReferralId id, String kind, String detail, String actor) {
        jdbc.sql(INSERT_EVENT)
                .param("id", id.value())
                .param("kind", kind)
                .param("detail", detail)
                .param("actor", actor)
                .update();
    }

    List<ReferralEvent> events(ReferralId id) {
        return jdbc.sql("select kind, detail, actor, occurred_at from referral_event where referral_id = :id order by id")
                .param("id", id.value())
                .query((rs, row) -> new ReferralEvent(rs.getString("kind"), rs.getString("detail"),
                        rs.getString("actor"), instant(rs, "occurred_at")))
                .list();
    }

    void insertContact(ReferralId id, ContactKind kind, ContactOutcome outcome, String note, Instant contactedAt,
            boolean review, LocalDate nextContactDue, String actor) {
        jdbc.sql("""
                insert into referral_contact (id, referral_id, kind, outcome, note, contacted_at, review,
                    next_contact_due, recorded_by)
                values (:contactId, :id, :kind, :outcome, :note, :at, :review, :nextContactDue, :actor)
                """)
                .param("contactId", UUID.randomUUID())
                .param("id", id.value())
                .param("kind", kind.code())
                .param("outcome", outcome.code())
                .param("note", note)
                .param("at", Timestamp.from(contactedAt))
                .param("review", review)
                .param("nextContactDue", nextContactDue)
                .param("actor", actor)
                .update();
    }

    List<Contact> contacts(ReferralId id) {
        return jdbc.sql("""
                select kind, outcome, note, contacted_at, review, next_contact_due, recorded_by
                from referral_contact where referral_id = :id order by contacted_at desc, created_at desc
                """)
                .param("id", id.value())
                .query((rs, row) -> new Contact(ContactKind.fromCode(rs.getString("kind")).orElseThrow(),
                        ContactOutcome.fromCode(rs.getString("outcome")).orElseThrow(), rs.getString("note"),
                        instant(rs, "contacted_at"), rs.getBoolean("review"),
                        Optional.ofNullable(rs.getObject("next_contact_due", LocalDate.class)),
                        rs.getString("recorded_by")))
                .list();
    }

    void insertAppointment(ReferralId id, Instant startsAt, String location, String purpose, String actor) {
        jdbc.sql("""
                insert into referral_appointment (id, referral_id, starts_at, location, purpose, booked_by)
                values (:appointmentId, :id, :startsAt, :location, :purpose, :actor)
                """)
                .param("appointmentId", UUID.randomUUID())
                .param("id", id.value())
                .param("startsAt", Timestamp.from(startsAt))
                .param("location", location)
                .param("purpose", purpose)
                .param("actor", actor)
                .update();
    }

    List<Appointment> appointments(ReferralId id) {
        return jdbc.sql("""
                select starts_at, location, purpose, booked_by from referral_appointment
                where referral_id = :id order by starts_at
                """)
                .param("id", id.value())
                .query((rs, row) -> new Appointment(instant(rs, "starts_at"), rs.getString("location"),
                        rs.getString("purpose"), rs.getString("booked_by")))
                .list();
    }

    void insertNote(ReferralId id, String text, String actor) {
        jdbc.sql("insert into referral_note (id, referral_id, text, written_by) values (:noteId, :id, :text, :actor)")
                .param("noteId", UUID.randomUUID())
                .param("id", id.value())
                .param("text", text)
                .param("actor", actor)
                .update();
    }

    List<Note> notes(ReferralId id) {
        return jdbc.sql("select text, written_by, created_at from referral_note where referral_id = :id order by created_at desc, id")
                .param("id", id.value())
                .query((rs, row) -> new Note(rs.getString("text"), rs.getString("written_by"), instant(rs, "created_at")))
                .list();
    }

    void insertDischarge(ReferralId id, DischargeReason reason, String note, String actor) {
        jdbc.sql("""
                insert into referral_discharge (referral_id, reason, note, discharged_by)
                values (:id, :reason, :note, :actor)
                """)
                .param("id", id.value())
                .param("reason", reason.code())
                .param("note", note)
                .param("actor", actor)
                .update();
    }

    Optional<Discharge> discharge(ReferralId id) {
        return jdbc.sql("select reason, note, discharged_by, discharged_at from referral_discharge where referral_id = :id")
                .param("id", id.value())
                .query((rs, row) -> new Discharge(DischargeReason.fromCode(rs.getString("reason")).orElseThrow(),
                        rs.getString("note"), rs.getString("discharged_by"), instant(rs, "discharged_at")))
                .optional();
    }

    /** One row of a caseload, before the dates are weighed against today. */
    record CaseloadRow(Referral referral, Optional<Instant> nextAppointment, Optional<LocalDate> plannedContact,
            Optional<Instant> firstReached) {
    }

    List<CaseloadRow> caseload(String linkWorker, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                , (select min(a.starts_at) from referral_appointment a
                        where a.referral_id = r.id and a.starts_at >= :now) as next_appointment,
                  (select c.next_contact_due from referral_contact c where c.referral_id = r.id
                        order by c.contacted_at desc, c.created_at desc limit 1) as planned_contact,
                  (select min(c.contacted_at) from referral_contact c
                        where c.referral_id = r.id and c.outcome in ('spoke', 'met')) as first_reached
                from referral r where r.allocated_to = :linkWorker and r.status in ('allocated', 'active')
                order by r.created_at, r.id
                """)
                .param("linkWorker", linkWorker)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new CaseloadRow(referral(rs, row), optionalInstant(rs, "next_appointment"),
                        Optional.ofNullable(rs.getObject("planned_contact", LocalDate.class)),
                        optionalInstant(rs, "first_reached")))
                .list();
    }

    int allocatedSince(String linkWorker, Instant since) {
        return jdbc.sql("select count(*) from referral where allocated_to = :linkWorker and allocated_at >= :since")
                .param("linkWorker", linkWorker)
                .param("since", Timestamp.from(since))
                .query(Integer.class).single();
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        return new Referral(new ReferralId(rs.getObject("id", UUID.class)), rs.getString("place_id"),
                new PersonId(rs.getObject("person_id", UUID.class)), Source.fromCode(rs.getString("source")).orElseThrow(),
                rs.getString("reason"), rs.getString("what_matters"), SqlArrays.read(rs.getArray("needs")),
                Urgency.fromCode(rs.getString("urgency")).orElseThrow(), rs.getBoolean("consent_confirmed"),
                ReferralStatus.fromCode(rs.getString("status")).orElseThrow(),
                Optional.ofNullable(rs.getString("allocated_to")), optionalInstant(rs, "allocated_at"),
                Optional.ofNullable(rs.getObject("review_due", LocalDate.class)), rs.getString("referred_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
