package org.linkwork.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after the NCSC's advice: long rather than complicated (at
 * least 12 characters, no rules about symbols), not a well-known weak password with digits added,
 * not the username, and not one character or a keyboard run repeated.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private final Set<String> weakStems;

    PasswordPolicy() {
        this.weakStems = readWeakStems();
    }

    /** @return what is wrong with the password, in words for the person choosing it */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Enter a password of at least " + MINIMUM_LENGTH
                    + " characters; three random words together make a good one");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("Enter a password of " + MAXIMUM_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Choose a password that does not contain your username");
        }
        if (isWeak(lower)) {
            return Optional.of("Choose a password that is harder to guess: this one is a common password or a "
                    + "common word with numbers or symbols added");
        }
        return Optional.empty();
    }

    private boolean isWeak(String lower) {
        String stem = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (stem.isEmpty() || stem.chars().distinct().count() <= 2) {
            return true;
        }
        if (weakStems.contains(stem)) {
            return true;
        }
        for (String weak : weakStems) {
            if (stem.length() % weak.length() == 0 && weak.repeat(stem.length() / weak.length()).equals(stem)) {
                return true;
            }
        }
        return isRun(lower);
    }

    /** "123456789012", "abcdefghijkl": every character one after the last. */
    private static boolean isRun(String lower) {
        for (int i = 1; i < lower.length(); i++) {
            if (lower.charAt(i) - lower.charAt(i - 1) != 1 && !(lower.charAt(i - 1) == '9' && lower.charAt(i) == '0')) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> readWeakStems() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/weak-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/weak-passwords.txt is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
