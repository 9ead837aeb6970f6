package org.linkwork.identity.internal;

import java.util.Collection;
import java.util.List;
import org.linkwork.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account as Spring Security holds it; it carries the {@link CurrentUser} so that no
 * request needs to look the account up again.
 *
 * @param locked             whether failed sign-ins lock the account at the time it was looked up
 * @param failedSignIns      failed sign-ins since the last successful one, so that a success clears
 *                           them without a write when there were none
 * @param mustChangePassword the password was set by an administrator and is to be replaced
 */
record AccountUser(CurrentUser user, String passwordHash, boolean enabled, boolean locked, int failedSignIns,
        boolean mustChangePassword) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    AccountUser withPasswordChanged(String newHash) {
        return new AccountUser(user, newHash, enabled, locked, 0, false);
    }
}
