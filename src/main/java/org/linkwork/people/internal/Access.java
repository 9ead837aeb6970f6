package org.linkwork.people.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.linkwork.people.PersonAccessRefused;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as far as person records are concerned, read from the authorities of the
 * request's authentication (so it holds for any way of signing in), and what each caller may do.
 *
 * <p>No authentication at all means system work (a job, an event listener); an anonymous visitor
 * is a member of the public on an intake form, who may register a person but read nothing. When an
 * account holds several roles the most restricted one decides, so that a commissioner role is never
 * widened by another.
 */
@Component
class Access {

    enum Caller { SYSTEM, STAFF, REFERRER, PROVIDER, PUBLIC, COMMISSIONER, UNKNOWN }

    private final Users users;

    Access(Users users) {
        this.users = users;
    }

    Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Caller.SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return Caller.PUBLIC;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains(Role.COMMISSIONER.authority())) {
            return Caller.COMMISSIONER;
        }
        if (authorities.contains(Role.PUBLIC.authority())) {
            return Caller.PUBLIC;
        }
        if (authorities.contains(Role.PROVIDER.authority())) {
            return Caller.PROVIDER;
        }
        if (authorities.contains(Role.REFERRER.authority())) {
            return Caller.REFERRER;
        }
        if (authorities.contains(Role.LINK_WORKER.authority()) || authorities.contains(Role.ADMIN.authority())) {
            return Caller.STAFF;
        }
        return Caller.UNKNOWN;
    }

    /** Full records, their changes, consent history, duplicates and merging: link workers, administrators, system work. */
    void requireFullAccess(String what) {
        Caller caller = caller();
        if (caller != Caller.STAFF && caller != Caller.SYSTEM) {
            throw new PersonAccessRefused(what);
        }
    }

    /** Administrators and system work only: subject access, data protection decisions, retention. */
    void requireAdmin(String what) {
        if (!isAdminOrSystem()) {
            throw new PersonAccessRefused(what);
        }
    }

    /** An administrator (whatever other roles the account holds, a commissioner role excepted), or system work. */
    boolean isAdminOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return true;
        }
        return caller() == Caller.STAFF && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    }

    /** Intake: registering a person and recording what they agreed to. */
    void requireIntake(String what) {
        switch (caller()) {
            case SYSTEM, STAFF, REFERRER, PUBLIC -> { }
            default -> throw new PersonAccessRefused(what);
        }
    }

    /** Minimal views and consent checks, for those a person's care is shared with. */
    Caller requireSharing(String what) {
        Caller caller = caller();
        return switch (caller) {
            case SYSTEM, STAFF, REFERRER, PROVIDER -> caller;
            default -> throw new PersonAccessRefused(what);
        };
    }

    /** The directory organisation a provider acts for. */
    Optional<String> organisationId() {
        return users.current().flatMap(CurrentUser::organisationId);
    }

    /** The place of the signed-in user, if any. */
    Optional<String> placeId() {
        return users.current().map(CurrentUser::placeId);
    }

    /** Who did it, as written into records: the username, "public form" for anonymous visitors, or "system". */
    String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return "public form";
        }
        return authentication.getName();
    }
}
