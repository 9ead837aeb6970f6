package org.linkwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressRateLimitTests {

    /** A clock the test moves on by hand. */
    static final class HandClock extends Clock {

        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final AddressRateLimit limit = new AddressRateLimit(3, Duration.ofMinutes(15), clock);

    @Test
    void refusesAnAddressAtTheLimitUntilItsOldestEventLeavesTheWindow() {
        limit.count("192.0.2.1");
        clock.now = clock.now.plusSeconds(60);
        limit.count("192.0.2.1");
        assertThat(limit.exhausted("192.0.2.1")).isFalse();
        limit.count("192.0.2.1");

        assertThat(limit.refusedFor("192.0.2.1")).contains(Duration.ofMinutes(14));
        assertThat(limit.exhausted("198.51.100.7")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(14)).minusSeconds(1);
        assertThat(limit.refusedFor("192.0.2.1")).contains(Duration.ofSeconds(1));
        // Exactly a window after the first event, that event has left it.
        clock.now = clock.now.plusSeconds(1);
        assertThat(limit.refusedFor("192.0.2.1")).isEmpty();
    }

    @Test
    void anAddressThatNeverCountedIsNeverRefused() {
        assertThat(limit.refusedFor("203.0.113.9")).isEmpty();
        assertThat(limit.exhausted("203.0.113.9")).isFalse();
    }

    @Test
    void manyAddressesAreTidiedAwayOnceTheirEventsHaveLeftTheWindow() {
        for (int i = 0; i < 10_001; i++) {
            limit.count("10.0." + (i / 256) + "." + (i % 256));
        }
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        limit.count("192.0.2.1");
        limit.count("192.0.2.1");
        assertThat(limit.addresses()).isEqualTo(10_002);

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        limit.count("198.51.100.7");

        // The flood has left the window and is forgotten; an address still within it is still counted.
        assertThat(limit.addresses()).isEqualTo(2);
        limit.count("192.0.2.1");
        assertThat(limit.exhausted("192.0.2.1")).isTrue();
    }
}
