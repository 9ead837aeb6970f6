package org.linkwork.referrals;

import java.time.Instant;

/** A link worker's note on a referral. */
public record Note(String text, String writtenBy, Instant writtenAt) {
}
