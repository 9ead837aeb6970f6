package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * Who a referral came from.
 */
public enum Source implements Coded {
    GP("GP practice"),
    PHYSIO("Physiotherapy or MSK service"),
    SELF("The person themself"),
    SOCIAL_CARE("Social care"),
    VCS("Voluntary or community organisation"),
    OTHER("Other");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** As the JSON API and the database write it: "gp", "social-care". */
    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    public static Optional<Source> fromCode(String code) {
        return Coded.findTyped(Source.class, code);
    }
}
