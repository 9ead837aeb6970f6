package org.linkwork.directory.listings;

import java.util.Optional;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which organisation the signed-in user may keep listings for: a provider their own organisation
 * only; an administrator any organisation they choose.
 */
@Component
class ProviderAccess {

    private final Users users;
    private final Directory directory;

    ProviderAccess(Users users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    CurrentUser user() {
        return users.current().orElseThrow(() -> new AccessDeniedException("Sign in to keep listings"));
    }

    boolean isAdmin() {
        return user().is(Role.ADMIN);
    }

    /**
     * The organisation to act for: an administrator's choice, or the provider's own.
     *
     * @param requested the organisation asked for, if any
     * @return empty when an administrator has not chosen yet, or the provider has no organisation
     * @throws AccessDeniedException when a provider asks for another organisation
     */
    Optional<Organization> organisation(String requested) {
        CurrentUser user = user();
        if (user.is(Role.ADMIN)) {
            return Optional.ofNullable(requested).filter(r -> !r.isBlank()).flatMap(directory::findOrganization);
        }
        Optional<String> own = user.organisationId();
        if (requested != null && !requested.isBlank() && !own.map(requested::equals).orElse(false)) {
            throw new AccessDeniedException("A provider may only act for their own organisation");
        }
        return own.flatMap(directory::findOrganization);
    }

    /**
     * The organisation to act for, which must exist.
     *
     * @throws AccessDeniedException when the user may not act for it
     */
    Organization requireOrganisation(String requested) {
        return organisation(requested).orElseThrow(() -> new AccessDeniedException("No organisation to act for"));
    }

    /** Where the listings of an organisation are shown to the signed-in user. */
    String listingsPage(String organisationId) {
        return isAdmin() ? "/provider?organisation=" + organisationId : "/provider";
    }

    /**
     * A service the user may change.
     *
     * @throws AccessDeniedException when it is another organisation's and the user is not an administrator
     */
    Service requireService(String serviceId) {
        Service service = directory.findService(serviceId).orElseThrow(() -> new ListingNotFound(serviceId));
        CurrentUser user = user();
        if (!user.is(Role.ADMIN) && !user.organisationId().map(service.organizationId()::equals).orElse(false)) {
            throw new AccessDeniedException("This listing belongs to another organisation");
        }
        return service;
    }
}
