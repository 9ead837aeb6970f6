package org.linkwork.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A module that holds personal data about people, as data protection sees it: what it holds about a
 * person (for a subject access export), how it erases it, and whether the person's record may be let go
 * by the retention rules. Module people implements it for the person record and for the audit log's
 * reads; each module above people (referrals, care plans...) implements it for its own tables, as one
 * Spring bean, and people collects them all without depending on any of them.
 *
 * <p>Every method runs in the caller's transaction: an erasure across all sources is all or nothing.
 * None of them checks access or audits: module people has done both before calling.
 */
public interface PersonalDataSource {

    /** A short machine name ("person", "referrals"): the key of the source's part of an export. */
    String name();

    /** Everything this module holds about the person, including what it holds under {@link DataSubject#formerIds()}. */
    PersonalData export(DataSubject subject);

    /**
     * Erases or anonymises what identifies the person in this module's rows: names, contact details and
     * free text go; ids, dates and codes that identify no one stay, so that counts and the audit log
     * still add up. Must leave nothing half done: it runs in the erasure's transaction.
     */
    void erase(DataSubject subject);

    /** Whether the person has open work here, and when anything about them last happened here. */
    Activity activity(DataSubject subject);

    /**
     * Records of this module closed before {@code closedBefore} whose free text the retention rules
     * anonymise, oldest first, at most {@code limit}. A source with nothing that closes has none.
     */
    default List<ClosedRecord> closedRecordsDue(java.time.Instant closedBefore, int limit) {
        return List.of();
    }

    /** Anonymises one record that {@link #closedRecordsDue} named. */
    default void anonymiseClosed(ClosedRecord record) {
        throw new UnsupportedOperationException(name() + " has no closed records to anonymise");
    }

    /**
     * @param open         the person has work in progress here (an open referral), so their record is still needed
     * @param lastActivity when anything about the person last happened here, if anything ever did
     */
    record Activity(boolean open, Optional<Instant> lastActivity) {

        public static final Activity NONE = new Activity(false, Optional.empty());
    }

    /**
     * @param kind     what the record is ("referral")
     * @param id       its id in the source
     * @param closedAt when it was closed
     */
    record ClosedRecord(String source, String kind, String id, PersonId personId, Instant closedAt) {
    }
}
