package org.linkwork.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom to tell about something: enabled accounts by username, or by organisation and role, with the
 * email address each gave, if any. For system work (notifications); it checks no signed-in user.
 */
public interface Recipients {

    Optional<Recipient> byUsername(String username);

    /** The enabled accounts that act for the organisation with one of these roles, by username. */
    List<Recipient> ofOrganisation(String organisationId, Set<Role> roles);

    /**
     * @param email empty when the account has no email address
     */
    record Recipient(String username, Role role, Optional<String> email) {
    }
}
