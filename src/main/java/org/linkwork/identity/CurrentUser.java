package org.linkwork.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in user as the domain modules see them.
 *
 * @param id             the account's id
 * @param username       sign-in name
 * @param displayName    name shown on pages
 * @param role           the account's role
 * @param placeId        the place the user works in
 * @param organisationId for providers, the directory organisation they act for
 */
public record CurrentUser(UUID id, String username, String displayName, Role role, String placeId,
        Optional<String> organisationId) {

    public boolean is(Role other) {
        return role == other;
    }
}
