package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of an onward referral (or signpost) to a directory service.
 */
public record OnwardReferralId(UUID value) {

    public static OnwardReferralId random() {
        return new OnwardReferralId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
