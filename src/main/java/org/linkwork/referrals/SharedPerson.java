package org.linkwork.referrals;

import java.util.Optional;
import org.linkwork.people.PersonSummary;

/**
 * The person of an onward referral as a provider may see them: nothing unless they agreed to share with
 * the organisation; then their first name and the initial of their family name, and how to reach them.
 *
 * @param name       "Gwendolen Q.", or empty when not shared
 * @param howToReach contact details and needs, or empty when not shared
 */
public record SharedPerson(Optional<String> name, Optional<PersonSummary.HowToReach> howToReach) {

    public static final SharedPerson NOT_SHARED = new SharedPerson(Optional.empty(), Optional.empty());

    public boolean isShared() {
        return name.isPresent();
    }
}
