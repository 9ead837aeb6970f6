package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a referral to the link-worker service.
 */
public record ReferralId(UUID value) {

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    public static ReferralId of(String text) {
        return new ReferralId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
