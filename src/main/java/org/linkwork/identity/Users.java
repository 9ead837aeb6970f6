package org.linkwork.identity;

import java.util.List;
import java.util.Optional;

/**
 * Finds user accounts and the user signed in on the current request.
 */
public interface Users {

    /** The user signed in on this thread, if any. */
    Optional<CurrentUser> current();

    Optional<CurrentUser> findByUsername(String username);

    /** The usernames of the enabled accounts with this role in a place, in order: a place's link-worker team. */
    List<String> usernamesOf(String placeId, Role role);

    /** Makes a user act for a directory organisation (providers). */
    void assignOrganisation(String username, String organisationId);
}
