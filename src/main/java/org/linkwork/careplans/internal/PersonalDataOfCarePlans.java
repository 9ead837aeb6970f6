package org.linkwork.careplans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.DataSubject;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalData;
import org.linkwork.people.PersonalData.Entry;
import org.linkwork.people.PersonalData.Field;
import org.linkwork.people.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What module careplans holds about a person, for data protection: every plan, each of its versions as
 * agreed or drafted, each "what matters to me" conversation and each share link; erasure blanks the
 * person's words in all of them (agreed versions included, inside the erasure's transaction) and
 * revokes the share links, keeping ids and dates so that counts still add up.
 */
@Component
class PersonalDataOfCarePlans implements PersonalDataSource {

    private static final String ERASED = "{\"erased\": true}";

    private final JdbcClient jdbc;

    PersonalDataOfCarePlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "care-plans";
    }

    @Override
    public PersonalData export(DataSubject subject) {
        List<Entry> plans = new ArrayList<>();
        for (UUID plan : planIds(subject)) {
            List<Entry> parts = new ArrayList<>();
            parts.addAll(jdbc.sql("""
                    select number, kind, content::text as content, change_note, review_notes, review_due, created_by,
                           created_at, agreed_by, agreed_at
                    from care_plan_version where plan_id = :plan order by number
                    """).param("plan", plan).query((rs, row) -> new Entry("care-plan-version",
                            "Version " + rs.getInt("number"), List.of(
                            Field.of("kind", "What made this version", rs.getString("kind")),
                            Field.of("content", "Goals, actions, MSK health, contingency and review date (JSON)",
                                    rs.getString("content")),
                            Field.of("changeNote", "What changed", rs.getString("change_note")),
                            Field.of("reviewNotes", "Review notes", rs.getString("review_notes")),
                            Field.of("reviewDue", "Review due", rs.getObject("review_due", java.time.LocalDate.class)),
                            Field.of("createdBy", "Written by", rs.getString("created_by")),
                            Field.of("createdAt", "Written at", instant(rs, "created_at")),
                            Field.of("agreedBy", "Agreed with the person by", rs.getString("agreed_by")),
                            Field.of("agreedAt", "Agreed at", instant(rs, "agreed_at")))))
                    .list());
            parts.addAll(jdbc.sql("""
                    select number, content::text as content, recorded_by, recorded_at
                    from care_plan_conversation where plan_id = :plan order by number
                    """).param("plan", plan).query((rs, row) -> new Entry("what-matters-conversation",
                            "\"What matters to me\" conversation " + rs.getInt("number"), List.of(
                            Field.of("content", "What was said (JSON)", rs.getString("content")),
                            Field.of("recordedBy", "Recorded by", rs.getString("recorded_by")),
                            Field.of("recordedAt", "Recorded at", instant(rs, "recorded_at")))))
                    .list());
            parts.addAll(jdbc.sql("""
                    select created_by, created_at, expires_at, revoked_at, views, last_viewed_at
                    from care_plan_share_link where plan_id = :plan order by created_at
                    """).param("plan", plan).query((rs, row) -> new Entry("share-link", "Link to view the plan",
                            List.of(Field.of("createdBy", "Made by", rs.getString("created_by")),
                                    Field.of("createdAt", "Made at", instant(rs, "created_at")),
                                    Field.of("expiresAt", "Works until", instant(rs, "expires_at")),
                                    Field.of("revokedAt", "Switched off at", instant(rs, "revoked_at")),
                                    Field.of("views", "Times opened", rs.getInt("views")),
                                    Field.of("lastViewedAt", "Last opened", instant(rs, "last_viewed_at")))))
                    .list());
            Entry header = jdbc.sql("""
                    select referral_id, place_id, link_worker, created_by, created_at, closed_at
                    from care_plan where id = :plan
                    """).param("plan", plan).query((rs, row) -> new Entry("care-plan", "Care and support plan",
                            List.of(Field.of("id", "Plan", plan),
                                    Field.of("referralId", "Referral", rs.getObject("referral_id", UUID.class)),
                                    Field.of("placeId", "Place", rs.getString("place_id")),
                                    Field.of("linkWorker", "Link worker", rs.getString("link_worker")),
                                    Field.of("createdBy", "Started by", rs.getString("created_by")),
                                    Field.of("createdAt", "Started at", instant(rs, "created_at")),
                                    Field.of("closedAt", "Closed at", instant(rs, "closed_at"))),
                            parts)).single();
            plans.add(header);
        }
        return new PersonalData(name(), "Care and support plans", plans);
    }

    @Override
    public void erase(DataSubject subject) {
        List<UUID> plans = planIds(subject);
        if (plans.isEmpty()) {
            return;
        }
        jdbc.sql("select set_config('linkwork.erasure', 'on', true)").query((rs, row) -> 1).list();
        jdbc.sql("""
                update care_plan_version
                set content = cast(:erased as jsonb), change_note = null,
                    review_notes = case when review_notes is null then null else 'erased' end, updated_at = now()
                where plan_id = any(:plans)
                """).param("erased", ERASED).param("plans", plans.toArray(UUID[]::new)).update();
        jdbc.sql("""
                update care_plan_conversation set content = cast(:erased as jsonb), updated_at = now()
                where plan_id = any(:plans)
                """).param("erased", ERASED).param("plans", plans.toArray(UUID[]::new)).update();
        jdbc.sql("""
                update care_plan_share_link set revoked_by = 'erasure', revoked_at = now(), updated_at = now()
                where plan_id = any(:plans) and revoked_at is null
                """).param("plans", plans.toArray(UUID[]::new)).update();
    }

    @Override
    public Activity activity(DataSubject subject) {
        return jdbc.sql("""
                select bool_or(closed_at is null) as open, max(updated_at) as last
                from care_plan where person_id = any(:ids)
                """).param("ids", ids(subject)).query((rs, row) -> new Activity(rs.getBoolean("open"),
                        Optional.ofNullable(instant(rs, "last")))).optional().orElse(Activity.NONE);
    }

    private List<UUID> planIds(DataSubject subject) {
        return jdbc.sql("select id from care_plan where person_id = any(:ids) order by created_at")
                .param("ids", ids(subject)).query(UUID.class).list();
    }

    private static UUID[] ids(DataSubject subject) {
        return subject.ids().stream().map(PersonId::value).toArray(UUID[]::new);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
