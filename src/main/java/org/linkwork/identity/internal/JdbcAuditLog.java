package org.linkwork.identity.internal;

import org.linkwork.identity.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String action, String subjectType, String subjectId, String reason) {
        recordBy(actor(), action, subjectType, subjectId, reason);
    }

    @Override
    public void recordBy(String actor, String action, String subjectType, String subjectId, String reason) {
        jdbc.sql("""
                insert into audit_event (actor, action, subject_type, subject_id, reason)
                values (:actor, :action, :subjectType, :subjectId, :reason)
                """)
                .param("actor", actor)
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("reason", reason)
                .update();
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
