package org.linkwork.identity.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.internal.AuditChain;
import org.linkwork.identity.internal.AuditTrail;
import org.linkwork.identity.internal.AuditTrail.Entry;
import org.linkwork.identity.internal.AuditTrail.Filter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: who read or changed which record, filtered by person, record
 * or actor, and a check of the hash chain. Looking at the log is itself audited.
 */
@Controller
class AuditLogController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    /** An entry as the page shows it. */
    record Row(String when, String actor, String action, String subject, String reason, boolean sealed) {
    }

    private final AuditTrail trail;
    private final AuditChain chain;
    private final AuditLog auditLog;

    AuditLogController(AuditTrail trail, AuditChain chain, AuditLog auditLog) {
        this.trail = trail;
        this.chain = chain;
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String showAuditLog(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String subjectType, @RequestParam(defaultValue = "") String subjectId,
            @RequestParam(defaultValue = "0") long before, Model model) {
        Filter filter = new Filter(actor, action, subjectType, subjectId);
        List<Entry> entries = trail.find(filter, Math.max(0, before));
        auditLog.record("audit.searched", "audit_event", null, describe(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("rows", entries.stream().map(e -> new Row(WHEN.format(e.occurredAt()), e.actor(),
                e.action(), e.subjectId() == null ? e.subjectType() : e.subjectType() + " " + e.subjectId(),
                e.reason(), e.sealed())).toList());
        model.addAttribute("olderFrom", entries.size() == AuditTrail.PAGE_SIZE ? entries.getLast().id() : 0);
        return "identity/audit";
    }

    @PostMapping("/admin/audit/verify")
    String verifyChain(Model model) {
        chain.seal();
        AuditChain.Verification verification = chain.verify();
        auditLog.record("audit.verified", "audit_event", null, verification.finding());
        model.addAttribute("verification", verification);
        return "identity/audit-verified";
    }

    private static String describe(Filter filter) {
        StringBuilder described = new StringBuilder("looked for");
        if (!filter.actor().isBlank()) described.append(" actor=").append(filter.actor().strip());
        if (!filter.action().isBlank()) described.append(" action=").append(filter.action().strip());
        if (!filter.subjectType().isBlank()) described.append(" type=").append(filter.subjectType().strip());
        if (!filter.subjectId().isBlank()) described.append(" id=").append(filter.subjectId().strip());
        return described.toString();
    }
}
