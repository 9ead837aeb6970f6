package org.linkwork.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService, Users {

    private final Accounts accounts;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Instant now = clock.instant();
        return accounts.findByUsername(username)
                .map(account -> new AccountUser(account.user(), account.passwordHash(), account.enabled(),
                        account.lockedUntil().filter(now::isBefore).isPresent(), account.failedSignIns(),
                        account.mustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser account) {
            return Optional.of(account.user());
        }
        return Optional.empty();
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        return accounts.findByUsername(username).map(Accounts.Account::user);
    }

    @Override
    public void assignOrganisation(String username, String organisationId) {
        accounts.assignOrganisation(username, organisationId);
    }

    @Override
    public List<String> usernamesOf(String placeId, Role role) {
        return accounts.usernamesOf(placeId, role);
    }
}
