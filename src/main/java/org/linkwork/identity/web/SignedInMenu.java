package org.linkwork.identity.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwork.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the page header offers the visitor ({@code ${@signedInMenu.current()}} in the layout): read once
 * from the signed-in user's roles, where a {@code sec:authorize} for each menu item parsed and evaluated a
 * security expression each, on every page.
 */
@Component("signedInMenu")
public class SignedInMenu {

    /** The header's choices for one visitor. */
    public record Choices(boolean signedIn, String username, Set<Role> roles) {

        static final Choices ANONYMOUS = new Choices(false, null, Set.of());

        public boolean has(String role) {
            return roles.contains(Role.valueOf(role));
        }

        public boolean hasAny(String first, String second) {
            return has(first) || has(second);
        }
    }

    public Choices current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Choices.ANONYMOUS;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values()).filter(r -> authorities.contains(r.authority()))
                .collect(Collectors.toUnmodifiableSet());
        return new Choices(true, authentication.getName(), roles);
    }
}
