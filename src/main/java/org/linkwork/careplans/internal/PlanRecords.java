package org.linkwork.careplans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.Conversation;
import org.linkwork.careplans.ConversationDetails;
import org.linkwork.careplans.PlanContent;
import org.linkwork.careplans.PlanVersion;
import org.linkwork.careplans.ReviewDue;
import org.linkwork.people.PersonId;
import org.linkwork.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The care_plan, care_plan_version and care_plan_conversation tables. A version's content and a
 * conversation are kept as JSON documents: they are always read and written whole, and an agreed
 * version is a snapshot that must read the same for ever.
 */
@Repository
class PlanRecords {

    /** A plan's own row, without its versions. */
    record Row(CarePlanId id, ReferralId referralId, PersonId personId, String placeId, Optional<String> linkWorker,
            boolean closed, Instant createdAt, int version) {
    }

    private static final String ROW = "select id, referral_id, person_id, place_id, link_worker, closed_at, created_at, version from care_plan ";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    PlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the plan unless the referral has one already; returns the referral's plan id either way. */
    CarePlanId insertIfAbsent(CarePlanId id, ReferralId referralId, PersonId personId, String placeId,
            Optional<String> linkWorker, String createdBy) {
        int inserted = jdbc.sql("""
                insert into care_plan (id, referral_id, person_id, place_id, link_worker, created_by)
                values (:id, :referral, :person, :place, :linkWorker, :by) on conflict (referral_id) do nothing
                """)
                .param("id", id.value()).param("referral", referralId.value()).param("person", personId.value())
                .param("place", placeId).param("linkWorker", linkWorker.orElse(null)).param("by", createdBy)
                .update();
        if (inserted == 1) {
            insertVersion(id, 1, PlanVersion.Kind.STARTED, PlanContent.EMPTY, null, null, createdBy, false);
            return id;
        }
        return byReferral(referralId).map(Row::id).orElseThrow();
    }

    Optional<Row> find(CarePlanId id) {
        return jdbc.sql(ROW + "where id = :id").param("id", id.value()).query((rs, n) -> row(rs)).optional();
    }

    Optional<Row> byReferral(ReferralId referralId) {
        return jdbc.sql(ROW + "where referral_id = :referral").param("referral", referralId.value())
                .query((rs, n) -> row(rs)).optional();
    }

    /** Locks the plan's row for a change: changes to one plan happen one after the other. */
    Optional<Row> lock(CarePlanId id) {
        return jdbc.sql(ROW + "where id = :id for update").param("id", id.value()).query((rs, n) -> row(rs)).optional();
    }

    /** Counts a change: the version goes up, and the plan's review date follows its latest version. */
    boolean touch(CarePlanId id, int version, Optional<LocalDate> reviewDue) {
        return jdbc.sql("""
                update care_plan set version = version + 1, updated_at = now(), next_review_due = :due
                where id = :id and version = :version
                """)
                .param("id", id.value()).param("version", version).param("due", reviewDue.orElse(null))
                .update() == 1;
    }

    CarePlan plan(Row row) {
        return new CarePlan(row.id(), row.referralId(), row.personId(), row.placeId(), row.linkWorker(),
                versions(row.id()), conversations(row.id()), row.closed(), row.createdAt(), row.version());
    }

    List<PlanVersion> versions(CarePlanId id) {
        return jdbc.sql("""
                select number, kind, content, change_note, review_notes, created_at, created_by, agreed_at, agreed_by
                from care_plan_version where plan_id = :id order by number
                """)
                .param("id", id.value())
                .query((rs, n) -> new PlanVersion(rs.getInt("number"),
                        PlanVersion.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                        json.readValue(rs.getString("content"), PlanContent.class),
                        Optional.ofNullable(rs.getString("change_note")), Optional.ofNullable(rs.getString("review_notes")),
                        instant(rs, "created_at"), rs.getString("created_by"),
                        Optional.ofNullable(rs.getObject("agreed_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getString("agreed_by"))))
                .list();
    }

    void insertVersion(CarePlanId id, int number, PlanVersion.Kind kind, PlanContent content, String changeNote,
            String reviewNotes, String by, boolean agreed) {
        jdbc.sql("""
                insert into care_plan_version (plan_id, number, kind, content, change_note, review_notes, review_due,
                    created_by, agreed_by, agreed_at)
                values (:id, :number, :kind, cast(:content as jsonb), :changeNote, :reviewNotes, :due, :by,
                    :agreedBy, case when :agreed then now() end)
                """)
                .param("id", id.value()).param("number", number)
                .param("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                .param("content", json.writeValueAsString(content)).param("changeNote", changeNote)
                .param("reviewNotes", reviewNotes).param("due", content.reviewDue().orElse(null)).param("by", by)
                .param("agreedBy", agreed ? by : null).param("agreed", agreed)
                .update();
    }

    /** Changes a draft; the database itself refuses to change an agreed version. */
    void updateDraft(CarePlanId id, int number, PlanContent content) {
        jdbc.sql("""
                update care_plan_version set content = cast(:content as jsonb), review_due = :due, updated_at = now(),
                    version = version + 1
                where plan_id = :id and number = :number and agreed_at is null
                """)
                .param("id", id.value()).param("number", number).param("content", json.writeValueAsString(content))
                .param("due", content.reviewDue().orElse(null))
                .update();
    }

    void agree(CarePlanId id, int number, String changeNote, String by) {
        jdbc.sql("""
                update care_plan_version set agreed_at = now(), agreed_by = :by, change_note = :note, updated_at = now(),
                    version = version + 1
                where plan_id = :id and number = :number and agreed_at is null
                """)
                .param("id", id.value()).param("number", number).param("by", by).param("note", changeNote)
                .update();
    }

    List<Conversation> conversations(CarePlanId id) {
        return jdbc.sql("""
                select number, content, recorded_at, recorded_by from care_plan_conversation
                where plan_id = :id order by number
                """)
                .param("id", id.value())
                .query((rs, n) -> new Conversation(rs.getInt("number"),
                        json.readValue(rs.getString("content"), ConversationDetails.class), instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    void insertConversation(CarePlanId id, ConversationDetails details, String by) {
        jdbc.sql("""
                insert into care_plan_conversation (plan_id, number, content, recorded_by)
                values (:id, (select coalesce(max(number), 0) + 1 from care_plan_conversation where plan_id = :id),
                    cast(:content as jsonb), :by)
                """)
                .param("id", id.value()).param("content", json.writeValueAsString(details)).param("by", by)
                .update();
    }

    /** Open plans of a link worker that have a review date, soonest first. */
    List<ReviewDue> reviewsOf(String linkWorker, LocalDate today) {
        return jdbc.sql("""
                select id, referral_id, person_id, next_review_due from care_plan
                where link_worker = :linkWorker and closed_at is null and next_review_due is not null
                order by next_review_due, created_at
                """)
                .param("linkWorker", linkWorker)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("next_review_due", LocalDate.class);
                    return new ReviewDue(new CarePlanId(rs.getObject("id", UUID.class)),
                            new ReferralId(rs.getObject("referral_id", UUID.class)),
                            new PersonId(rs.getObject("person_id", UUID.class)), due, due.isBefore(today));
                })
                .list();
    }

    /** The referral was (re)allocated: its plan's reviews go to the new link worker. */
    void allocate(ReferralId referralId, String linkWorker) {
        jdbc.sql("update care_plan set link_worker = :linkWorker, updated_at = now() where referral_id = :referral")
                .param("linkWorker", linkWorker).param("referral", referralId.value()).update();
    }

    /** The person was discharged: the plan is closed, and no more reminders are sent. */
    void close(ReferralId referralId, Instant at) {
        jdbc.sql("""
                update care_plan set closed_at = :at, updated_at = now(), version = version + 1
                where referral_id = :referral and closed_at is null
                """)
                .param("at", Timestamp.from(at)).param("referral", referralId.value()).update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new CarePlanId(rs.getObject("id", UUID.class)),
                new ReferralId(rs.getObject("referral_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("place_id"),
                Optional.ofNullable(rs.getString("link_worker")), rs.getObject("closed_at") != null,
                instant(rs, "created_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
