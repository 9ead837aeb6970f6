package org.linkwork.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.linkwork.identity.AuditEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log: for administrators, who did what to which record, newest first; by record for subject access. */
@Repository
public class AuditTrail implements AuditEvents {

    /** One event as shown. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String subjectType,
            String subjectId, String reason, boolean sealed) {
    }

    /** What to look for; a blank field matches anything. */
    public record Filter(String actor, String action, String subjectType, String subjectId) {

        String pattern(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param before the id to page back from, or 0 for the newest */
    public List<Entry> find(Filter filter, long before) {
        return jdbc.sql("""
                select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.reason,
                       s.position is not null as sealed
                from audit_event e left join audit_seal s on s.event_id = e.id
                where (cast(:actor as text) is null or e.actor = :actor)
                  and (cast(:action as text) is null or e.action like :action || '%')
                  and (cast(:subjectType as text) is null or e.subject_type = :subjectType)
                  and (cast(:subjectId as text) is null or e.subject_id = :subjectId)
                  and (:before = 0 or e.id < :before)
                order by e.id desc
                limit :limit
                """)
                .param("actor", filter.pattern(filter.actor()))
                .param("action", filter.pattern(filter.action()))
                .param("subjectType", filter.pattern(filter.subjectType()))
                .param("subjectId", filter.pattern(filter.subjectId()))
                .param("before", before)
                .param("limit", PAGE_SIZE)
                .query((rs, row) -> new Entry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("reason"), rs.getBoolean("sealed")))
                .list();
    }

    @Override
    public List<Event> about(String subjectType, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, occurred_at, actor, action, subject_type, subject_id, reason from audit_event
                where subject_type = :subjectType and subject_id in (:subjectIds)
                order by id
                """)
                .param("subjectType", subjectType)
                .param("subjectIds", List.copyOf(subjectIds))
                .query((rs, row) -> new Event(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("reason")))
                .list();
    }
}
