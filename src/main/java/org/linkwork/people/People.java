package org.linkwork.people;

import java.util.List;
import java.util.Optional;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;

/**
 * Person records. Every read through here is written to the audit log with its reason; callers
 * decide, in their own module, which relationship lets the user see the person (a link worker's
 * team, a provider's accepted referral), and this module refuses roles that may never see people.
 */
public interface People {

    /**
     * Creates a record, or finds the existing one when the NHS number matches a record of the same
     * date of birth. Possible duplicates are flagged for a link worker, never merged silently.
     *
     * @throws InvalidInput naming each field at fault (NHS number check digit, postcode, date of birth in the future...)
     */
    Person register(NewPerson person);

    /**
     * Reads a record for a reason ("triage", "caseload") that the audit log keeps.
     *
     * @throws NotFound when there is no such person (a merged record leads to the one it was merged into)
     */
    Person read(PersonId id, String reason);

    /** Reads without auditing, for system work that shows nothing to a user (counting, matching). */
    Optional<Person> find(PersonId id);

    /**
     * Saves changes. Refused when someone else saved the record since {@code person.version()} was read.
     */
    Person update(Person person);

    List<PossibleDuplicate> possibleDuplicates();

    /** Merges {@code duplicate} into {@code keep}: all history stays, the duplicate leads to the kept record. */
    void merge(PersonId keep, PersonId duplicate);

    void recordConsent(PersonId id, Consent.Scope scope, Optional<String> organisationId, boolean given, String note);

    /** Every consent decision, oldest first. */
    List<Consent> consents(PersonId id);

    /** Whether, now, the person agrees to this (the latest decision for the scope and organisation). */
    boolean hasConsent(PersonId id, Consent.Scope scope, Optional<String> organisationId);
}
