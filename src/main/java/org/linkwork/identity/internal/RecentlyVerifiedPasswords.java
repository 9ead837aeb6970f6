package org.linkwork.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks passwords with a slow one-way hash (bcrypt, about 0.1 s of CPU on purpose), but
 * remembers for a few minutes that a password matched a stored hash, so that a system calling the
 * JSON API with HTTP Basic on every request is not slowed to a few requests a second.
 *
 * <p>What is remembered is a salted SHA-256 of the password, under the stored hash it matched,
 * only in this process's memory; the salt is random for each process. A changed password has a new
 * stored hash, so the old password is never let in by what was remembered. Only successful checks
 * are remembered: a wrong password always costs a full bcrypt check.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 10_000;

    private record Verified(byte[] digest, Instant until) {
    }

    private final PasswordEncoder slow;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder slow, Clock clock) {
        this.slow = slow;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slow.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return slow.matches(rawPassword, encodedPassword);
        }
        byte[] digest = digest(rawPassword);
        Instant now = clock.instant();
        Verified known = verified.get(encodedPassword);
        if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        boolean matches = slow.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.values().removeIf(v -> !v.until().isAfter(now));
                if (verified.size() >= MAX_REMEMBERED) {
                    verified.clear();
                }
            }
            verified.put(encodedPassword, new Verified(digest, now.plus(REMEMBERED_FOR)));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return slow.upgradeEncoding(encodedPassword);
    }

    private byte[] digest(CharSequence rawPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
