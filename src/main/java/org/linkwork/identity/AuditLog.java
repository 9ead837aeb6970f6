package org.linkwork.identity;

import java.util.List;

/**
 * The audit log: every read and change of a person's record, every sign-in and every
 * administrative act is written here, with who, what, when and why.
 */
public interface AuditLog {

    /**
     * Records an event done by the user signed in on this thread (or "system" when none is).
     *
     * @param action      what happened, as a dotted verb ("person.read", "directory.import")
     * @param subjectType the kind of record ("person", "service")
     * @param subjectId   the record's id
     * @param reason      why, in the actor's words or the feature's name
     */
    void record(String action, String subjectType, String subjectId, String reason);

    /**
     * Records an event done by someone who is not the user signed in on this thread but is known
     * otherwise: the person opening their care plan through a share link is "person via share link",
     * someone trying to sign in is "sign-in attempt as 'name'", not "system".
     *
     * @param actor who did it, in words that say how they were known
     */
    void recordBy(String actor, String action, String subjectType, String subjectId, String reason);

    /** One event to record, for {@link #record(List)}. */
    record Entry(String action, String subjectType, String subjectId, String reason) {
    }

    /**
     * Records several events done by the user signed in on this thread, in one round trip to the
     * database: for work done in batches (intake of referrals through the JSON API). In a transaction,
     * the entries are written just before it commits, together with any others recorded so in it.
     */
    default void record(List<Entry> entries) {
        entries.forEach(e -> record(e.action(), e.subjectType(), e.subjectId(), e.reason()));
    }
}
