package org.linkwork.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.linkwork.platform.AddressRateLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins by network address, so that one address guessing passwords across many
 * accounts (which the per-account lockout does not see) is refused for a while. Kept in this node's
 * memory: an attacker spread over nodes still meets each account's lockout.
 */
@Component
class SignInThrottle {

    private final AddressRateLimit failures;

    SignInThrottle(SignInProtectionSettings settings, ObjectProvider<Clock> clock) {
        this.failures = new AddressRateLimit(settings.failuresPerAddress(), settings.addressWindow(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    void recordFailure(String address) {
        if (address != null) {
            failures.count(address);
        }
    }

    /** @return how long the address must wait before it may try again, if it is refused now */
    Optional<Duration> refusedFor(String address) {
        return address == null ? Optional.empty() : failures.refusedFor(address);
    }
}
