package org.linkwork.referrals;

/**
 * An Idempotency-Key sent with a referral, with a digest of the request it came with: the same key
 * with the same request gives back the referral first made; with another request it is refused.
 * Keys are kept per caller, so two callers cannot collide.
 *
 * @param requestHash a digest of the request as read (never the request itself, which names a person)
 */
public record IdempotencyKey(String key, String requestHash) {

    public static final int MAX_LENGTH = 255;
}
