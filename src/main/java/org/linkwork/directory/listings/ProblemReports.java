package org.linkwork.directory.listings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.linkwork.identity.AuditLog;
import org.linkwork.platform.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems with listings reported by the public (table directory_problem_report). A report goes
 * to the organisation that runs the service, seen on its listings page, and to administrators;
 * either resolves or dismisses it with a note.
 */
@Component
public class ProblemReports {

    /** What is wrong, as the person reporting chose it. */
    public enum Kind implements Coded {
        CLOSED("closed", "The service has closed or stopped running"),
        WRONG_DETAILS("wrong_details", "Some details are wrong, such as the times, place, cost or contact details"),
        WRONG_AREA("wrong_area", "It is shown in the wrong area"),
        OTHER("other", "Something else");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static Optional<Kind> of(String code) {
            return Coded.find(Kind.class, code);
        }
    }

    /** What became of a report. */
    public enum Outcome implements Coded {
        RESOLVED("resolved"), DISMISSED("dismissed");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Outcome> of(String code) {
            return Coded.find(Outcome.class, code);
        }
    }

    /**
     * A report with the listing it is about.
     *
     * @param status "open", "resolved" or "dismissed"
     */
    public record Report(UUID id, String serviceId, String serviceName, String organizationId,
            String organizationName, Kind kind, String description, String contactEmail, String status,
            String resolutionNote, String resolvedBy, Instant resolvedAt, Instant createdAt) {

        public boolean isOpen() {
            return "open".equals(status);
        }
    }

    private static final String SELECT = """
            select r.id, r.service_id, s.name, s.organization_id, o.name, r.kind, r.description, r.contact_email,
                   r.status, r.resolution_note, r.resolved_by, r.resolved_at, r.created_at
            from directory_problem_report r
            join service s on s.id = r.service_id
            join organization o on o.id = s.organization_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ProblemReports(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    public UUID submit(String serviceId, Kind kind, String description, String contactEmail) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into directory_problem_report (id, service_id, kind, description, contact_email)
                values (:id, :service, :kind, :description, :email)
                """)
                .param("id", id).param("service", serviceId).param("kind", kind.code())
                .param("description", description).param("email", contactEmail)
                .update();
        auditLog.record("directory.report.create", "service", serviceId, "Problem reported: " + kind.label());
        return id;
    }

    public Optional<Report> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, row) -> map(rs)).optional();
    }

    /** Open reports about an organisation's services, oldest first. */
    public List<Report> openFor(String organizationId) {
        return jdbc.sql(SELECT + " where r.status = 'open' and s.organization_id = :org order by r.created_at")
                .param("org", organizationId).query((rs, row) -> map(rs)).list();
    }

    /** Every open report, oldest first, then the most recently closed. */
    public List<Report> latest(int closedLimit) {
        List<Report> open = jdbc.sql(SELECT + " where r.status = 'open' order by r.created_at")
                .query((rs, row) -> map(rs)).list();
        List<Report> closed = jdbc.sql(SELECT + " where r.status <> 'open' order by r.resolved_at desc limit :limit")
                .param("limit", closedLimit).query((rs, row) -> map(rs)).list();
        return Stream.concat(open.stream(), closed.stream()).toList();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from directory_problem_report where status = 'open'").query(Long.class).single();
    }

    /**
     * Closes an open report.
     *
     * @return false when it was closed already (by someone else meanwhile)
     */
    @Transactional
    public boolean close(UUID id, Outcome outcome, String note, String actor) {
        int changed = jdbc.sql("""
                update directory_problem_report
                set status = :status, resolution_note = :note, resolved_by = :actor, resolved_at = :at,
                    updated_at = now(), version = version + 1
                where id = :id and status = 'open'
                """)
                .param("status", outcome.code()).param("note", note).param("actor", actor)
                .param("at", Timestamp.from(Instant.now())).param("id", id)
                .update();
        if (changed == 1) {
            auditLog.record("directory.report." + outcome.code(), "problem_report", id.toString(), note);
        }
        return changed == 1;
    }

    private static Report map(ResultSet rs) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp(12);
        return new Report(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Kind.of(rs.getString(6)).orElse(Kind.OTHER), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), resolvedAt == null ? null : resolvedAt.toInstant(),
                rs.getTimestamp(13).toInstant());
    }
}
