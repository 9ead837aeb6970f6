package org.linkwork.careplans;

import java.time.Instant;
import java.util.Optional;

/**
 * One version of a plan. An agreed version never changes again: a change after agreement, or a review,
 * is a new version. The latest version may be a draft, which is edited in place until it is agreed.
 *
 * @param number      1, 2, …
 * @param changeNote  what the link worker said changed, if anything
 * @param reviewNotes for a review: how it went, in the review's words
 * @param agreedAt    when the person agreed it; empty for a draft
 */
public record PlanVersion(int number, Kind kind, PlanContent content, Optional<String> changeNote,
        Optional<String> reviewNotes, Instant createdAt, String createdBy, Optional<Instant> agreedAt,
        Optional<String> agreedBy) {

    public enum Kind {
        /** The first version of the plan. */
        STARTED("Plan started"),
        /** Changed between reviews. */
        CHANGED("Plan changed"),
        /** Reviewed with the person: progress recorded, next review set. */
        REVIEW("Review");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isAgreed() {
        return agreedAt.isPresent();
    }
}
