package org.linkwork.people;

import java.time.Instant;
import java.util.Optional;

/**
 * One decision a person made about their information, and who recorded it. A withdrawal is a new
 * record with {@code given} false; nothing is overwritten, so the history shows what was agreed at
 * any time, and the latest decision for a scope (and organisation) is the one in force.
 *
 * @param organisation for {@link Scope#SHARE_WITH_ORGANISATION} only: the directory organisation
 * @param given        true when agreed, false when refused or withdrawn
 * @param recordedBy   the username of who recorded it, or "system" for intake without a signed-in user
 */
public record Consent(Scope scope, Optional<Organisation> organisation, boolean given, Instant recordedAt,
        String recordedBy, String note) {

    public enum Scope {
        /** Share the minimum needed for an onward referral with a named organisation. */
        SHARE_WITH_ORGANISATION("Share information with an organisation"),
        /** Contact by text message. */
        CONTACT_BY_TEXT("Contact by text message"),
        /** Contact by email. */
        CONTACT_BY_EMAIL("Contact by email"),
        /** Use of their data, de-identified, to evaluate the service. */
        EVALUATION("Use of their information, without their name, to evaluate the service"),
        /** The referral itself: the person agreed to be referred to the link-worker service. */
        REFERRAL("Referral to the link-worker service"),
        /** Seeing their own care and support plan through a link, without an account (module careplans). */
        SHARE_CARE_PLAN("See their care and support plan through a link, without an account");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A directory organisation as named when the consent was recorded; its name is kept so that the
     * history reads the same after the directory changes.
     *
     * @param id the directory organisation's id
     */
    public record Organisation(String id, String name) {
    }
}
