package org.linkwork.directory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's change log: each node's search index follows it, so a change made on one node
 * reaches the search of every node.
 */
@Repository
public class ChangeLog {

    /** One change: a service whose search entry must be rebuilt (or removed). */
    public record Change(long seq, String serviceId) {
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void serviceChanged(String serviceId) {
        jdbc.sql("insert into directory_change (entity_type, entity_id) values ('service', :id)")
                .param("id", serviceId).update();
    }

    public long latest() {
        return jdbc.sql("select coalesce(max(seq), 0) from directory_change").query(Long.class).single();
    }

    /** When change {@code seq} was written, if the log has it: a saved search index checks it still belongs to this database. */
    public Optional<Instant> changedAt(long seq) {
        return jdbc.sql("select changed_at from directory_change where seq = :seq").param("seq", seq)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    public List<Change> after(long seq, int limit) {
        return jdbc.sql("select seq, entity_id from directory_change where seq > :seq order by seq limit :limit")
                .param("seq", seq).param("limit", limit)
                .query((rs, row) -> new Change(rs.getLong(1), rs.getString(2))).list();
    }
}
