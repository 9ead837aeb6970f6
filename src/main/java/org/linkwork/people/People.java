package org.linkwork.people;

import java.util.List;
import java.util.Optional;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;

/**
 * Person records. Every read of a record through here is written to the audit log with who, when and
 * why. Callers decide, in their own module, which relationship lets the user see the person (a link
 * worker's team, a provider's accepted referral); this module refuses, with {@link PersonAccessRefused},
 * what a role may never do:
 *
 * <table>
 *   <caption>What each caller may do</caption>
 *   <tr><th>caller</th><th>may</th></tr>
 *   <tr><td>link worker, administrator</td><td>everything</td></tr>
 *   <tr><td>no signed-in user at all (system work: jobs, event listeners)</td><td>everything</td></tr>
 *   <tr><td>referrer, public account, anonymous visitor (intake forms)</td><td>{@link #register}, {@link #recordConsent};
 *       referrers also {@link #summary} without contact details, and {@link #hasConsent}</td></tr>
 *   <tr><td>provider</td><td>{@link #summary} with contact details, only when the person agreed to share with the
 *       provider's organisation; {@link #hasConsent}</td></tr>
 *   <tr><td>commissioner</td><td>nothing: a commissioner sees no person at all</td></tr>
 * </table>
 *
 * A record merged into another leads to that one: reading, changing or recording consent for a
 * merged id acts on the record it was merged into.
 */
public interface People {

    /**
     * Creates a record, or finds the existing one when the NHS number matches a record of the same
     * date of birth. Other records that may be the same person (same NHS number with another date of
     * birth; same date of birth, similar name and same postcode area) are flagged for a link worker,
     * never merged silently.
     *
     * @throws InvalidInput naming each field at fault (see {@link PersonDetails#FIELDS}), all at once
     */
    Registration register(PersonDetails details);

    /**
     * Registers several people at once, as {@link #register} would one after the other (a later one
     * may match or be flagged against an earlier one), with a few round trips to the database in all:
     * for intake in batches. Details with problems register nothing and give an empty result in their
     * place; {@link #register} them one by one to learn the problems.
     *
     * @return one result for each of {@code details}, in the same order
     */
    List<Optional<Registration>> registerAll(List<PersonDetails> details);

    /**
     * Reads a record for a reason ("view record", "triage") that the audit log keeps.
     *
     * @throws NotFound when there is no such person
     */
    Person read(PersonId id, String reason);

    /**
     * Reads the least a referrer or provider needs (see {@link PersonSummary}), audited with the reason.
     *
     * @throws NotFound when there is no such person
     */
    PersonSummary summary(PersonId id, String reason);

    /**
     * {@link #summary} of each, in the order asked, audited each: for lists such as the triage queue,
     * read together rather than one at a time.
     *
     * @throws NotFound when one of them is not there
     */
    default List<PersonSummary> summaries(List<PersonId> ids, String reason) {
        return ids.stream().map(id -> summary(id, reason)).toList();
    }

    /**
     * The id of the record that now stands for this one (itself, or the record it was merged into),
     * for checking a reference without reading anyone's details. Not audited: it shows nothing about the person.
     */
    Optional<PersonId> resolve(PersonId id);

    /**
     * Saves changed details, checked as at registration.
     *
     * @param version the {@link Person#version()} that the changes were made to
     * @throws PersonChangedConcurrently when someone else saved the record since that version
     * @throws InvalidInput              naming each field at fault
     */
    default Person update(PersonId id, int version, PersonDetails details) {
        return update(id, version, details, null);
    }

    /**
     * As {@link #update(PersonId, int, PersonDetails)}, recording the change as a rectification: which
     * fields changed, why (optional, up to 1000 characters), by whom and when; the record's subject
     * access export shows every one. While processing is restricted only an administrator may change it.
     */
    Person update(PersonId id, int version, PersonDetails details, String reason);

    /** Open possible duplicates, oldest first. */
    List<PossibleDuplicate> possibleDuplicates();

    /**
     * Merges {@code duplicate} into {@code keep}: the duplicate is kept, marked as merged, and leads to
     * the kept record from then on; the kept record takes from it what it lacks (NHS number, contact
     * details, address); their consent histories are read together; flags between them are closed.
     */
    void merge(PersonId keep, PersonId duplicate);

    /** A link worker decided the two records are different people: the flag is closed and not raised again. */
    void dismissPossibleDuplicate(PersonId personId, PersonId otherId);

    /**
     * Records a decision: given true when agreed, false when refused or withdrawn. A withdrawal stops
     * what was agreed from then on; earlier decisions stay in the history.
     *
     * @param organisation required for {@link Consent.Scope#SHARE_WITH_ORGANISATION}, refused for the other scopes
     */
    Consent recordConsent(PersonId id, Consent.Scope scope, Optional<Consent.Organisation> organisation,
            boolean given, String note);

    /**
     * Records several decisions at once, each as {@link #recordConsent} would, with a few round trips
     * to the database in all.
     *
     * @throws InvalidInput when any decision is not valid; then none is recorded
     */
    void recordConsents(List<ConsentDecision> decisions);

    /** Every consent decision, oldest first, including those recorded on records merged into this one. Audited. */
    List<Consent> consents(PersonId id, String reason);

    /** Whether, now, the person agrees to this: the latest decision for the scope (and organisation) wins. */
    boolean hasConsent(PersonId id, Consent.Scope scope, Optional<String> organisationId);
}
