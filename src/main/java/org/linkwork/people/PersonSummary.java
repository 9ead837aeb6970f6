package org.linkwork.people;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The least of a person that someone outside the link-worker team needs: for a referrer, who the
 * person is; for a provider the person agreed to share with, also how to reach them.
 *
 * @param howToReach present for link workers, administrators and system work, and for a provider whose
 *                   organisation the person agreed to share with; empty for referrers
 */
public record PersonSummary(PersonId id, Person.Name name, LocalDate birthDate, Optional<HowToReach> howToReach) {

    /**
     * @param contact the person's contact details and preferences
     */
    public record HowToReach(Person.Contact contact, String mainLanguage, boolean interpreterNeeded,
            String accessibleInformationNeeds) {
    }
}
