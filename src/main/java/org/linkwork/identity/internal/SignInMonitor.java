package org.linkwork.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.linkwork.identity.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Follows sign-ins: counts failures towards an account's lockout and an address's throttle, clears
 * them on success, and writes the audit log. A sign-in through HTTP Basic happens on every API
 * call, so only sign-ins at the sign-in page, failures and lockouts are audited, and a success
 * writes to the database only when there were failures to clear.
 */
@Component
@EnableConfigurationProperties(SignInProtectionSettings.class)
class SignInMonitor {

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final SignInProtectionSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    SignInMonitor(Accounts accounts, SignInThrottle throttle, SignInProtectionSettings settings, AuditLog auditLog,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = typed(event.getAuthentication().getName());
        String address = addressOf(event.getAuthentication());
        throttle.recordFailure(address);
        auditLog.recordBy(actor(username), "signin.failed", "account", username, from(address));
        accounts.countFailedSignIn(username, settings.failuresBeforeLockout(), clock.instant(), settings.lockout())
                .ifPresent(until -> auditLog.recordBy(actor(username), "signin.locked", "account", username,
                        "locked until " + until + " after " + settings.failuresBeforeLockout()
                                + " failed sign-ins; " + from(address)));
    }

    @EventListener
    void onLockedAccount(AuthenticationFailureLockedEvent event) {
        String username = typed(event.getAuthentication().getName());
        auditLog.recordBy(actor(username), "signin.refused", "account", username,
                "account locked; " + from(addressOf(event.getAuthentication())));
    }

    @EventListener
    void onDisabledAccount(AuthenticationFailureDisabledEvent event) {
        String username = typed(event.getAuthentication().getName());
        auditLog.recordBy(actor(username), "signin.refused", "account", username,
                "account disabled; " + from(addressOf(event.getAuthentication())));
    }

    @EventListener
    void onSignedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser user && user.failedSignIns() > 0) {
            accounts.recordSignIn(user.getUsername(), clock.instant());
        }
    }

    @EventListener
    void onSignedInAtThePage(InteractiveAuthenticationSuccessEvent event) {
        String username = typed(event.getAuthentication().getName());
        accounts.recordSignIn(username, clock.instant());
        auditLog.recordBy(username, "signin.succeeded", "account", username,
                from(addressOf(event.getAuthentication())));
    }

    private static String actor(String username) {
        return "sign-in attempt as '" + username + "'";
    }

    /** The name typed may be anything, even a password typed in the wrong box: keep it short. */
    private static String typed(String username) {
        String typed = username == null ? "" : username;
        return typed.length() > 64 ? typed.substring(0, 64) : typed;
    }

    private static String from(String address) {
        return "from " + (address == null ? "an unknown address" : address);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
