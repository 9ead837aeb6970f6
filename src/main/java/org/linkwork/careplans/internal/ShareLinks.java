package org.linkwork.careplans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.ShareLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The care_plan_share_link table: links by the hash of their token, never the token itself.
 */
@Repository
class ShareLinks {

    private static final String LINK = """
            select id, plan_id, created_at, created_by, expires_at, revoked_at, revoked_by, last_viewed_at, views
            from care_plan_share_link
            """;

    record Found(CarePlanId planId, ShareLink link) {
    }

    private final JdbcClient jdbc;

    ShareLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ShareLink insert(CarePlanId planId, byte[] tokenHash, String by, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into care_plan_share_link (id, plan_id, token_hash, created_by, expires_at)
                values (:id, :plan, :hash, :by, :expires)
                """)
                .param("id", id).param("plan", planId.value()).param("hash", tokenHash).param("by", by)
                .param("expires", Timestamp.from(expiresAt))
                .update();
        return jdbc.sql(LINK + "where id = :id").param("id", id).query((rs, n) -> link(rs)).single();
    }

    List<ShareLink> ofPlan(CarePlanId planId) {
        return jdbc.sql(LINK + "where plan_id = :plan order by created_at desc, id")
                .param("plan", planId.value()).query((rs, n) -> link(rs)).list();
    }

    Optional<Found> byHash(byte[] tokenHash) {
        return jdbc.sql(LINK + "where token_hash = :hash").param("hash", tokenHash)
                .query((rs, n) -> new Found(new CarePlanId(rs.getObject("plan_id", UUID.class)), link(rs)))
                .optional();
    }

    boolean revoke(CarePlanId planId, UUID linkId, String by) {
        return jdbc.sql("""
                update care_plan_share_link set revoked_at = now(), revoked_by = :by, updated_at = now(),
                    version = version + 1
                where id = :id and plan_id = :plan and revoked_at is null
                """)
                .param("id", linkId).param("plan", planId.value()).param("by", by)
                .update() == 1;
    }

    void viewed(UUID linkId, Instant at) {
        jdbc.sql("update care_plan_share_link set views = views + 1, last_viewed_at = :at where id = :id")
                .param("id", linkId).param("at", Timestamp.from(at)).update();
    }

    private static ShareLink link(ResultSet rs) throws SQLException {
        return new ShareLink(rs.getObject("id", UUID.class), instant(rs, "created_at").orElseThrow(),
                rs.getString("created_by"), instant(rs, "expires_at").orElseThrow(), instant(rs, "revoked_at"),
                Optional.ofNullable(rs.getString("revoked_by")), instant(rs, "last_viewed_at"), rs.getInt("views"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
