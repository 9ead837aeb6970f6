package org.linkwork.people;

import java.util.List;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;

/**
 * Data protection requests about a person's record and their effects, and the restriction of
 * processing that every module checks before it works on a person.
 *
 * <ul>
 *   <li>Erasure carried out: every {@link PersonalDataSource} erases what identifies the person, in one
 *       transaction; the audit log keeps its rows, which hold ids, never names.</li>
 *   <li>Restriction carried out, or an objection upheld: processing stops ({@link #requireNotRestricted}
 *       refuses) and only administrators may read the record, until the restriction is lifted.</li>
 *   <li>Rectification: the change itself is made on the record; each change is recorded as a rectification.</li>
 *   <li>A refusal, or a partial one, names the {@link LegalException} relied on and says why.</li>
 * </ul>
 *
 * Deciding and lifting are for administrators only; every decision is audited.
 */
public interface DataProtection {

    /**
     * Records the request with its decision and carries the decision out.
     *
     * @throws InvalidInput naming each field at fault ("kind", "receivedOn", "decision", "legalException", "justification")
     * @throws NotFound     when there is no such person
     */
    DataProtectionRequest decide(PersonId id, DataProtectionRequest.Decided decided);

    /** The person's requests, oldest first. Administrators only. */
    List<DataProtectionRequest> requests(PersonId id);

    /**
     * Lifts the restriction in force; the requests that imposed it are marked lifted.
     *
     * @throws InvalidInput when no restriction is in force, or no reason is given
     */
    void liftRestriction(PersonId id, String reason);

    /** Whether processing of the person's record is restricted now. Not audited: it shows nothing about them. */
    boolean isRestricted(PersonId id);

    /**
     * For every module before it works on a person: refuses when processing is restricted.
     *
     * @throws ProcessingRestricted when it is
     */
    void requireNotRestricted(PersonId id);
}
