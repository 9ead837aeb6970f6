package org.linkwork.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTests {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(counting, clock);
    private final String stored = bcrypt.encode("correct horse battery staple");

    @Test
    void checksACorrectPasswordSlowlyOnceThenFromMemory() {
        assertThat(passwords.matches("correct horse battery staple", stored)).isTrue();
        assertThat(passwords.matches("correct horse battery staple", stored)).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void alwaysChecksAWrongPasswordInFull() {
        passwords.matches("correct horse battery staple", stored);

        assertThat(passwords.matches("wrong", stored)).isFalse();
        assertThat(passwords.matches("wrong", stored)).isFalse();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void forgetsAfterAFewMinutes() {
        passwords.matches("correct horse battery staple", stored);
        clock.advance(RecentlyVerifiedPasswords.REMEMBERED_FOR.plusSeconds(1));

        assertThat(passwords.matches("correct horse battery staple", stored)).isTrue();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void neverLetsAnOldPasswordInOnceTheStoredHashChanged() {
        passwords.matches("correct horse battery staple", stored);
        String changed = bcrypt.encode("a new password");

        assertThat(passwords.matches("correct horse battery staple", changed)).isFalse();
        assertThat(passwords.matches("a new password", changed)).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
