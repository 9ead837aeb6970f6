package org.linkwork.people;

import java.time.Instant;

/**
 * Two records that may be the same person, flagged for a link worker to merge or dismiss. Each pair
 * is flagged once: a pair a link worker said are different people is not flagged again.
 *
 * @param personId  the record that was there first
 * @param otherId   the record that was registered or changed and looked like it
 * @param flaggedAt when the pair was flagged
 */
public record PossibleDuplicate(PersonId personId, PersonId otherId, Reason reason, Instant flaggedAt) {

    public enum Reason {
        SAME_NHS_NUMBER("Same NHS number"),
        SIMILAR_NAME_SAME_BIRTH_DATE_AND_POSTCODE("Same date of birth, similar name, same postcode area"),
        SIMILAR_NAME_SAME_BIRTH_DATE("Same date of birth and similar name; a postcode is missing");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
