package org.linkwork.directory.admin;

import java.sql.Timestamp;
import java.time.Instant;
import org.linkwork.directory.Freshness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Summary numbers of the directory for the administrator's hub.
 */
@Repository
class DirectoryFigures {

    /** Services not closed for good, by how recently they were confirmed. */
    record ServiceFreshness(long total, long current, long dueForCheck, long mayBeOutOfDate, long closedForGood) {
    }

    private final JdbcClient jdbc;

    DirectoryFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ServiceFreshness services(Instant now) {
        return jdbc.sql("""
                select count(*) filter (where status <> 'defunct'),
                       count(*) filter (where status <> 'defunct' and last_verified_at > :due),
                       count(*) filter (where status <> 'defunct' and last_verified_at <= :due and last_verified_at > :old),
                       count(*) filter (where status <> 'defunct' and last_verified_at <= :old),
                       count(*) filter (where status = 'defunct')
                from service
                """)
                .param("due", Timestamp.from(now.minus(Freshness.CHECK_AFTER)))
                .param("old", Timestamp.from(now.minus(Freshness.OUT_OF_DATE_AFTER)))
                .query((rs, row) -> new ServiceFreshness(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }
}
