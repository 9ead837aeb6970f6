package org.linkwork.referrals.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.linkwork.referrals.internal.ReferralSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How many self-referrals one network address has sent in the last hour, kept in memory on each node
 * (so no address is stored in the database). Only referrals that were made count, so a person who
 * gets the form wrong a few times is not locked out.
 */
@Component
class SelfReferralRateLimit {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final int TIDY_ABOVE = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    SelfReferralRateLimit(ReferralSettings settings, ObjectProvider<Clock> clock) {
        this.perHour = settings.selfReferralsPerHour();
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    boolean exhausted(String address) {
        Deque<Instant> times = sent.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= perHour;
        }
    }

    void count(String address) {
        if (sent.size() > TIDY_ABOVE) {
            sent.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = sent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant hourAgo = clock.instant().minus(HOUR);
        while (!times.isEmpty() && times.peekFirst().isBefore(hourAgo)) {
            times.pollFirst();
        }
    }
}
