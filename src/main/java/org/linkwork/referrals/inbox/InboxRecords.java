package org.linkwork.referrals.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.PersonId;
import org.linkwork.referrals.Attendance;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.ProviderInbox.OrganisationInbox;
import org.linkwork.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The provider inbox's reads of the referral tables (V40), and the attendance table (V50). Only
 * onward referrals of kind "referral" are here: a signpost is never sent to an organisation.
 */
@Repository
class InboxRecords {

    /** Closed referrals shown in an inbox, most recent first. */
    static final int CLOSED_SHOWN = 100;

    private static final String SELECT = """
            select o.id, o.referral_id, o.service_id, o.service_name, o.organisation_id, o.organisation_name,
                o.status, o.note, o.referred_by, o.created_at, o.updated_at, o.version, r.person_id,
                r.allocated_to, r.referred_by as referrer, e.escalated_at,
                (select count(*) from onward_referral_attendance a where a.onward_referral_id = o.id) as sessions
            from onward_referral o
                join referral r on r.id = o.referral_id
                left join onward_referral_escalation e on e.onward_referral_id = o.id
            """;

    private final JdbcClient jdbc;

    InboxRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An onward referral with what the inbox needs of its referral. */
    record Row(OnwardReferralId id, ReferralId referralId, String serviceId, String serviceName,
            String organisationId, String organisationName, OnwardReferralStatus status, String note,
            String referredBy, Instant requestedAt, Instant updatedAt, int version, PersonId personId,
            Optional<String> allocatedTo, String referrer, Optional<Instant> escalatedAt, int sessions) {
    }

    /** The organisation's open referrals (requested first, oldest first), then its latest closed ones. */
    List<Row> ofOrganisation(String organisationId) {
        List<Row> open = jdbc.sql(SELECT + """
                where o.organisation_id = :org and o.kind = 'referral'
                    and o.status in ('requested', 'accepted', 'in-progress', 'on-hold')
                order by case o.status when 'requested' then 0 else 1 end, o.created_at, o.id
                """).param("org", organisationId).query(InboxRecords::row).list();
        List<Row> closed = jdbc.sql(SELECT + """
                where o.organisation_id = :org and o.kind = 'referral'
                    and o.status not in ('requested', 'accepted', 'in-progress', 'on-hold')
                order by o.updated_at desc, o.id limit :limit
                """).param("org", organisationId).param("limit", CLOSED_SHOWN).query(InboxRecords::row).list();
        return java.util.stream.Stream.concat(open.stream(), closed.stream()).toList();
    }

    Optional<Row> find(OnwardReferralId id) {
        return jdbc.sql(SELECT + " where o.id = :id and o.kind = 'referral'")
                .param("id", id.value()).query(InboxRecords::row).optional();
    }

    /** Locks the onward referral's row, so that a session and a change of status are not recorded at once. */
    Optional<Row> lock(OnwardReferralId id) {
        jdbc.sql("select id from onward_referral where id = :id for update").param("id", id.value())
                .query(UUID.class).optional();
        return find(id);
    }

    List<OrganisationInbox> organisations() {
        return jdbc.sql("""
                select organisation_id, max(organisation_name) as name,
                    count(*) filter (where status = 'requested') as waiting
                from onward_referral where kind = 'referral'
                group by organisation_id order by max(organisation_name), organisation_id
                """)
                .query((rs, row) -> new OrganisationInbox(rs.getString("organisation_id"), rs.getString("name"),
                        rs.getInt("waiting")))
                .list();
    }

    void insertAttendance(OnwardReferralId id, LocalDate attendedOn, String note, String actor) {
        jdbc.sql("""
                insert into onward_referral_attendance (id, onward_referral_id, attended_on, note, recorded_by)
                values (:id, :onward, :on, :note, :actor)
                """)
                .param("id", UUID.randomUUID())
                .param("onward", id.value())
                .param("on", attendedOn)
                .param("note", note)
                .param("actor", actor)
                .update();
    }

    List<Attendance> attendances(OnwardReferralId id) {
        return jdbc.sql("""
                select attended_on, note, recorded_by, created_at from onward_referral_attendance
                where onward_referral_id = :id order by attended_on, created_at
                """)
                .param("id", id.value())
                .query((rs, row) -> new Attendance(rs.getObject("attended_on", LocalDate.class), rs.getString("note"),
                        rs.getString("recorded_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp escalated = rs.getTimestamp("escalated_at");
        return new Row(new OnwardReferralId(rs.getObject("id", UUID.class)),
                new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("service_id"),
                rs.getString("service_name"), rs.getString("organisation_id"), rs.getString("organisation_name"),
                OnwardReferralStatus.fromCode(rs.getString("status")), rs.getString("note"),
                rs.getString("referred_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                new PersonId(rs.getObject("person_id", UUID.class)), Optional.ofNullable(rs.getString("allocated_to")),
                rs.getString("referrer"), Optional.ofNullable(escalated).map(Timestamp::toInstant),
                rs.getInt("sessions"));
    }
}
