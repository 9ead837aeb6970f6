package org.linkwork.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins by network address, so that one address guessing passwords across many
 * accounts (which the per-account lockout does not see) is refused for a while. Kept in this node's
 * memory: an attacker spread over nodes still meets each account's lockout.
 */
@Component
class SignInThrottle {

    /** More addresses than this are forgotten wholesale rather than let memory grow without bound. */
    static final int MAX_ADDRESSES = 100_000;

    private final SignInProtectionSettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(SignInProtectionSettings settings, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    void recordFailure(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear();
        }
        Instant now = clock.instant();
        failures.compute(address, (key, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            forgetOld(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    /** @return how long the address must wait before it may try again, if it is refused now */
    Optional<Duration> refusedFor(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfPresent(address, (key, kept) -> {
            forgetOld(kept, now);
            return kept.isEmpty() ? null : kept;
        });
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            if (times.size() < settings.failuresPerAddress()) {
                return Optional.empty();
            }
            Instant oldest = times.peekFirst();
            return Optional.of(Duration.between(now, oldest.plus(settings.addressWindow())));
        }
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant cutOff = now.minus(settings.addressWindow());
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutOff)) {
                times.pollFirst();
            }
        }
    }
}
