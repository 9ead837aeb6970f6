package org.linkwork.referrals.inbox;

import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.linkwork.platform.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may work on which organisation's inbox: a provider on its own organisation's only, an
 * administrator on any. Anything else is "not found", so that another organisation's referrals are
 * not even known to exist.
 */
@Component
class InboxAccess {

    private final Users users;

    InboxAccess(Users users) {
        this.users = users;
    }

    CurrentUser signedIn() {
        return users.current().orElseThrow(() -> new AccessDeniedException("Sign in to see referrals to you"));
    }

    boolean mayActFor(String organisationId) {
        CurrentUser user = signedIn();
        return user.is(Role.ADMIN)
                || (user.is(Role.PROVIDER) && user.organisationId().filter(organisationId::equals).isPresent());
    }

    void requireOrganisation(String organisationId, String what, Object id) {
        if (organisationId == null || !mayActFor(organisationId)) {
            throw new NotFound(what, id);
        }
    }

    void requireAdmin() {
        if (!signedIn().is(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators choose an organisation's inbox");
        }
    }
}
