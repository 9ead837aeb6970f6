package org.linkwork.careplans.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many share links that open no plan one network address has tried in the last hour, kept in memory on
 * each node (no address is stored in the database). Past the limit, the address is refused every link for
 * the rest of the hour: with 256-bit tokens guessing cannot succeed, and this keeps it from being tried.
 */
@Component
class ShareLinkRateLimit {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final int TIDY_ABOVE = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    ShareLinkRateLimit(@Value("${linkwork.careplans.share-link-failures-per-hour:10}") int perHour,
            ObjectProvider<Clock> clock) {
        this.perHour = perHour;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    boolean exhausted(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= perHour;
        }
    }

    void countFailure(String address) {
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
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
