package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * How soon the link-worker team should make contact. Social prescribing is not an emergency service:
 * "soon" moves a referral up the triage queue, nothing more.
 */
public enum Urgency {
    ROUTINE("Routine"),
    SOON("Soon");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    public String label() {
        return label;
    }

    public static Optional<Urgency> fromCode(String code) {
        return Codes.find(Urgency.class, Urgency::code, code);
    }
}
