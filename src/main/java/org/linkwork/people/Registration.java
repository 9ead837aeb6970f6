package org.linkwork.people;

import java.util.List;

/**
 * What {@link People#register} did. It names the record but does not hand it over: registering is not
 * reading, and the intake forms that register people (a public self-referral, a referrer) may not
 * see an existing record. Whoever may see it reads it through {@link People#read}, which is audited.
 *
 * <p>Callers must not tell an anonymous or public user whether the record {@link #existing existed}:
 * that would let anyone find out who is known to the service.
 *
 * @param personId           the record registered, or the existing one
 * @param existing           true when a record with the same NHS number and date of birth was there already, so
 *                           no second record was made
 * @param possibleDuplicates other records that may be the same person, flagged for a link worker to merge or dismiss
 */
public record Registration(PersonId personId, boolean existing, List<PossibleDuplicate> possibleDuplicates) {

    public Registration {
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }
}
