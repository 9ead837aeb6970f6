package org.linkwork.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads the audit log by record, for subject access: who read or changed a person's records, when
 * and why. It checks no signed-in user: the module that asks decides who may see the answer.
 */
public interface AuditEvents {

    /** The events about these records of one kind, oldest first. */
    List<Event> about(String subjectType, Collection<String> subjectIds);

    /** One event of the audit log. */
    record Event(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
            String reason) {
    }
}
