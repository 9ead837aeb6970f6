package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.linkwork.platform.Coded;

/**
 * What an action leads to: a directory service (its ORUK id) or an onward referral made through module
 * referrals. The name is kept as it was when linked, so the plan reads the same after the directory changes.
 *
 * @param targetId the ORUK service id, or the onward referral's id
 * @param name     the service's name
 */
public record ActionLink(Kind kind, String targetId, String name) {

    /** Kinds of things an action can lead to; personal health budget items and volunteers will join them. */
    public enum Kind implements Coded {
        SERVICE("Service"),
        ONWARD_REFERRAL("Referral to a service");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @JsonValue
        public String code() {
            return Coded.fromName(this);
        }

        @JsonCreator
        public static Kind fromJson(String code) {
            return Coded.find(Kind.class, code)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown link " + code));
        }
    }
}
