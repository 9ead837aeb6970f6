package org.linkwork.people;

import java.time.Instant;
import java.util.Optional;

/**
 * One decision a person made about their information, and who recorded it. A withdrawal is a new
 * record; nothing is overwritten, so the history shows what was agreed at any time.
 *
 * @param organisationId for {@link Scope#SHARE_WITH_ORGANISATION}: the directory organisation
 * @param given          true when agreed, false when refused or withdrawn
 */
public record Consent(Scope scope, Optional<String> organisationId, boolean given, Instant recordedAt,
        String recordedBy, String note) {

    public enum Scope {
        /** Share the minimum needed for an onward referral with a named organisation. */
        SHARE_WITH_ORGANISATION,
        /** Contact by text message. */
        CONTACT_BY_TEXT,
        /** Contact by email. */
        CONTACT_BY_EMAIL,
        /** Use of their data, de-identified, to evaluate the service. */
        EVALUATION,
        /** The referral itself: the person agreed to be referred to the link-worker service. */
        REFERRAL
    }
}
