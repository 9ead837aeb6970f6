package org.linkwork.referrals;

import java.util.Optional;

/**
 * Why an onward referral's status changed: a code, and words of the person who changed it (required
 * with {@link ReasonCode#OTHER}).
 */
public record Reason(Optional<ReasonCode> code, String text) {

    public static final Reason NONE = new Reason(Optional.empty(), null);

    public Reason {
        code = code == null ? Optional.empty() : code;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static Reason of(ReasonCode code, String text) {
        return new Reason(Optional.of(code), text);
    }

    public boolean isGiven() {
        return code.isPresent();
    }
}
