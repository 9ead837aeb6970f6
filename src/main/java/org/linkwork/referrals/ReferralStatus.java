package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * Where a referral to the link-worker service is: received, looked at in triage, allocated to a
 * link worker, active once the link worker has reached the person, and discharged at the end.
 */
public enum ReferralStatus implements Coded {
    RECEIVED("Received"),
    TRIAGED("Triaged"),
    ALLOCATED("Allocated"),
    ACTIVE("Active"),
    DISCHARGED("Discharged");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    /** Waiting in the triage queue. */
    public boolean isNew() {
        return this == RECEIVED || this == TRIAGED;
    }

    /** On a link worker's caseload. */
    public boolean isOnCaseload() {
        return this == ALLOCATED || this == ACTIVE;
    }

    public static Optional<ReferralStatus> fromCode(String code) {
        return Coded.findTyped(ReferralStatus.class, code);
    }
}
