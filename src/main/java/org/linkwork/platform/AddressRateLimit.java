package org.linkwork.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A count of events by network address over a sliding window (an hour of self-referrals, of share
 * links that open nothing, of failed sign-ins), kept in memory on each node, so that no address is
 * stored in the database. Past the limit an address is refused until its oldest counted event leaves
 * the window; an event exactly a window old has left it.
 */
public final class AddressRateLimit {

    /** More addresses than this and those with nothing left in the window are forgotten. */
    private static final int TIDY_ABOVE = 10_000;
    /** Still more than this after tidying (a flood from many addresses) and all are forgotten, so memory stays bounded. */
    private static final int FORGET_ALL_ABOVE = 100_000;

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
        return refusedFor(address).isPresent();
    }

    /** @return how long the address must wait before it may try again, if it is refused now */
    public Optional<Duration> refusedFor(String address) {
        Deque<Instant> times = counted.get(address);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            forgetOld(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void count(String address) {
        if (counted.size() > TIDY_ABOVE) {
            Instant now = clock.instant();
            counted.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
            if (counted.size() > FORGET_ALL_ABOVE) {
                counted.clear();
            }
        }
        Deque<Instant> times = counted.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    /** How many addresses are remembered. */
    int addresses() {
        return counted.size();
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant cutOff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutOff)) {
            times.pollFirst();
        }
    }
}
