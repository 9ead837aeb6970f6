package org.linkwork.directory.oruk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.database.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs and the problems of their records, kept so that progress survives a refresh.
 * Each call is its own short transaction, so progress is visible while the import runs.
 */
@Repository
class ImportJobStore {

    private static final TypeReference<List<FieldProblem>> FIELD_PROBLEMS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, source, format, status, reason, records_total, records_read, imported, failed, started_by, started_at,
            finished_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void start(UUID id, String source, String format, int total, String startedBy) {
        jdbc.sql("""
                insert into directory_import (id, source, format, status, records_total, started_by)
                values (:id, :source, :format, 'running', :total, :startedBy)
                """)
                .param("id", id).param("source", StorableText.of(source)).param("format", format).param("total", total)
                .param("startedBy", startedBy)
                .update();
    }

    void refused(UUID id, String source, String reason, String startedBy) {
        jdbc.sql("""
                insert into directory_import (id, source, status, reason, started_by, finished_at)
                values (:id, :source, 'refused', :reason, :startedBy, now())
                """)
                .param("id", id).param("source", StorableText.of(source)).param("reason", StorableText.of(reason))
                .param("startedBy", startedBy)
                .update();
    }

    void progress(UUID id, int read, int imported, int failed) {
        jdbc.sql("""
                update directory_import set records_read = :read, imported = :imported, failed = :failed,
                    updated_at = now(), version = version + 1
                where id = :id
                """)
                .param("id", id).param("read", read).param("imported", imported).param("failed", failed)
                .update();
    }

    void finish(UUID id, String status, String reason, int read, int imported, int failed) {
        jdbc.sql("""
                update directory_import set status = :status, reason = :reason, records_read = :read,
                    imported = :imported, failed = :failed, updated_at = now(), finished_at = now(),
                    version = version + 1
                where id = :id
                """)
                .param("id", id).param("status", status).param("reason", StorableText.of(reason)).param("read", read)
                .param("imported", imported).param("failed", failed)
                .update();
    }

    /**
     * Marks as failed the imports that say they are running but have not moved for a while: the
     * node running them stopped. Progress is written every few records, so a live import never
     * looks that old.
     */
    int abandonStale(java.time.Duration after) {
        return jdbc.sql("""
                update directory_import set status = 'failed', finished_at = now(), version = version + 1,
                    reason = 'The import was interrupted: Linkwork stopped while it ran. Import the file again.'
                where status = 'running' and updated_at < now() - cast(:after as interval)
                """)
                .param("after", after.toSeconds() + " seconds")
                .update();
    }

    void issue(UUID id, String severity, ImportJob.Issue issue) {
        jdbc.sql("""
                insert into directory_import_issue (import_id, severity, position, pointer, record_id, reason, fields)
                values (:id, :severity, :position, :pointer, :recordId, :reason, cast(:fields as jsonb))
                """)
                .param("id", id).param("severity", severity).param("position", issue.position())
                .param("pointer", StorableText.of(issue.pointer())).param("recordId", StorableText.of(issue.id()))
                .param("reason", StorableText.of(issue.reason()))
                .param("fields", StorableText.of(json.writeValueAsString(issue.fields())).replace("\\u0000", "\\uFFFD"))
                .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from directory_import where id = :id").param("id", id)
                .query((rs, n) -> map(rs, issues(id, "failure"), issues(id, "warning"))).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from directory_import order by started_at desc, id limit :limit")
                .param("limit", limit)
                .query((rs, n) -> map(rs, List.of(), List.of())).list();
    }

    private List<ImportJob.Issue> issues(UUID id, String severity) {
        return jdbc.sql("""
                select position, pointer, record_id, reason, fields::text from directory_import_issue
                where import_id = :id and severity = :severity order by position, id
                """)
                .param("id", id).param("severity", severity)
                .query((rs, n) -> new ImportJob.Issue(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        json.readValue(rs.getString(5), FIELD_PROBLEMS)))
                .list();
    }

    private static ImportJob map(ResultSet rs, List<ImportJob.Issue> failures, List<ImportJob.Issue> warnings)
            throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("format"),
                rs.getString("status"), rs.getString("reason"),
                new ImportJob.Counts(rs.getInt("records_total"), rs.getInt("records_read"), rs.getInt("imported"),
                        rs.getInt("failed")),
                rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), failures, warnings);
    }
}
