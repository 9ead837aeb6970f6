package org.linkwork.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.linkwork.identity.AuditLog;
import org.linkwork.platform.database.StorableText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class JdbcAuditLog implements AuditLog {

    private static final String INSERT = """
            insert into audit_event (actor, action, subject_type, subject_id, reason)
            values (:actor, :action, :subjectType, :subjectId, :reason)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    JdbcAuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void record(String action, String subjectType, String subjectId, String reason) {
        recordBy(actor(), action, subjectType, subjectId, reason);
    }

    @Override
    public void recordBy(String actor, String action, String subjectType, String subjectId, String reason) {
        jdbc.sql(INSERT)
                .param("actor", StorableText.of(actor))
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", StorableText.of(subjectId))
                .param("reason", StorableText.of(reason))
                .update();
    }

    /**
     * In a transaction, the entries are kept until just before it commits and then written with
     * whatever else was recorded so in it, in one JDBC batch: in the same transaction, so an
     * entry is stored exactly when what it records is.
     */
    @Override
    public void record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String actor = actor();
        List<SqlParameterSource> rows = entries.stream().map(e -> (SqlParameterSource) new MapSqlParameterSource()
                .addValue("actor", actor)
                .addValue("action", e.action())
                .addValue("subjectType", e.subjectType())
                .addValue("subjectId", StorableText.of(e.subjectId()))
                .addValue("reason", StorableText.of(e.reason()))).toList();
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(rows);
            return;
        }
        // Found among the transaction's synchronizations, which a nested transaction of its own does not see.
        KeptEntries kept = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(KeptEntries.class::isInstance).map(KeptEntries.class::cast).findFirst().orElse(null);
        if (kept == null) {
            kept = new KeptEntries();
            TransactionSynchronizationManager.registerSynchronization(kept);
        }
        kept.rows.addAll(rows);
    }

    /** Entries recorded in one transaction, written just before it commits. */
    private final class KeptEntries implements TransactionSynchronization {

        private final List<SqlParameterSource> rows = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            insert(rows);
        }
    }

    private void insert(List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            // One JDBC batch: the driver sends all its rows in one round trip.
            batches.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName())) {
            return "system";
        }
        return authentication.getName();
    }
}
