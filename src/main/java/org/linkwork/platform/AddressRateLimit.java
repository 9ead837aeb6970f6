package org.linkwork.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A count of events by network address over a sliding window (an hour of self-referrals, of share
 * links that open nothing), kept in memory on each node, so that no address is stored in the
 * database. Past the limit an address is refused until its oldest counted event leaves the window.
 */
public final class AddressRateLimit {

    /** More addresses than this and those with nothing left in the window are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> counted = new ConcurrentHashMap<>();

    public AddressRateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public boolean exhausted(String address) {
        Deque<Instant> times = counted.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            return times.size() >= limit;
        }
    }

    public void count(String address) {
        if (counted.size() > TIDY_ABOVE) {
            counted.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = counted.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> times) {
        Instant windowStart = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
            times.pollFirst();
        }
    }
}
