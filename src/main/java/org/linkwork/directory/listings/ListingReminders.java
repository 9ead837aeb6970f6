package org.linkwork.directory.listings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.linkwork.directory.Freshness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reminders to organisations that listings need checking (table directory_listing_reminder). A
 * reminder is open while the listing has not been confirmed since it was written.
 */
@Repository
public class ListingReminders {

    /**
     * An open reminder, the most pressing one of its listing.
     *
     * @param freshness {@link Freshness#DUE_FOR_CHECK} or {@link Freshness#MAY_BE_OUT_OF_DATE}
     */
    public record Reminder(String serviceId, String serviceName, String organizationId, String organizationName,
            Freshness freshness, Instant lastVerifiedAt, Instant remindedAt) {
    }

    private static final String OPEN = """
            select * from (
                select distinct on (s.id) s.id, s.name, s.organization_id, o.name as organization_name, r.kind,
                       s.last_verified_at, r.created_at
                from directory_listing_reminder r
                join service s on s.id = r.service_id and s.last_verified_at = r.last_verified_at
                join organization o on o.id = s.organization_id
                where s.status <> 'defunct' and (cast(:org as text) is null or s.organization_id = :org)
                order by s.id, case r.kind when 'may_be_out_of_date' then 0 else 1 end
            ) open order by organization_name, last_verified_at, name
            """;

    private final JdbcClient jdbc;

    ListingReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a reminder for every listing (not closed for good) last verified before
     * {@code dueBefore}; as "may be out of date" when before {@code outOfDateBefore}. A listing is
     * reminded of each kind once per verification.
     *
     * @return how many reminders were new
     */
    int remindVerifiedBefore(Instant dueBefore, Instant outOfDateBefore) {
        return jdbc.sql("""
                insert into directory_listing_reminder (service_id, organization_id, kind, last_verified_at)
                select id, organization_id,
                       case when last_verified_at <= :outOfDate then 'may_be_out_of_date' else 'due_for_check' end,
                       last_verified_at
                from service
                where last_verified_at <= :due and status <> 'defunct'
                on conflict (service_id, kind, last_verified_at) do nothing
                """)
                .param("due", Timestamp.from(dueBefore)).param("outOfDate", Timestamp.from(outOfDateBefore))
                .update();
    }

    public List<Reminder> openFor(String organizationId) {
        return jdbc.sql(OPEN).param("org", organizationId).query((rs, row) -> new Reminder(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4),
                "may_be_out_of_date".equals(rs.getString(5)) ? Freshness.MAY_BE_OUT_OF_DATE : Freshness.DUE_FOR_CHECK,
                rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant())).list();
    }

    /** Open reminders of every organisation. */
    public List<Reminder> open() {
        return openFor(null);
    }

    public long countOpen() {
        return jdbc.sql("""
                select count(distinct s.id) from directory_listing_reminder r
                join service s on s.id = r.service_id and s.last_verified_at = r.last_verified_at
                where s.status <> 'defunct'
                """).query(Long.class).single();
    }
}
