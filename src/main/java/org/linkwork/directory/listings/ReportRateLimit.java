package org.linkwork.directory.listings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A simple limit on problem reports from one network address: so many an hour
 * ({@code linkwork.directory.reports.per-address-per-hour}, 5 by default). Kept in memory on each
 * node, so no address is stored; a restart forgets it, which is fine for keeping out floods.
 */
@Component
class ReportRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int FORGET_WHEN_MORE_THAN = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Autowired
    ReportRateLimit(@Value("${linkwork.directory.reports.per-address-per-hour:5}") int perHour) {
        this(perHour, Clock.systemUTC());
    }

    ReportRateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts a report from {@code address}; false when it has sent its share this hour. */
    boolean allow(String address) {
        Instant now = clock.instant();
        if (recent.size() > FORGET_WHEN_MORE_THAN) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
