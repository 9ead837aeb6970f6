package org.linkwork.referrals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.linkwork.platform.Coded;

/**
 * The state of an onward referral, as the HL7 SDOH Clinical Care implementation guide names the
 * states of a referral task: requested, then accepted, rejected or cancelled; once accepted it is
 * in progress, on hold, cancelled, completed or failed; and any state may be marked entered in
 * error.
 */
public enum OnwardReferralStatus implements Coded {
    REQUESTED("requested"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    CANCELLED("cancelled"),
    IN_PROGRESS("in-progress"),
    ON_HOLD("on-hold"),
    COMPLETED("completed"),
    FAILED("failed"),
    ENTERED_IN_ERROR("entered-in-error");

    private final String code;

    OnwardReferralStatus(String code) {
        this.code = code;
    }

    /** The FHIR Task.status code, as the JSON API and FHIR facade show it. */
    public String code() {
        return code;
    }

    public static OnwardReferralStatus fromCode(String code) {
        return Coded.find(OnwardReferralStatus.class, code == null ? null : code.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("Unknown status " + code));
    }

    /** The states this one may move to. */
    public Set<OnwardReferralStatus> next() {
        Set<OnwardReferralStatus> next = switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED, COMPLETED, FAILED);
            case IN_PROGRESS -> EnumSet.of(ON_HOLD, CANCELLED, COMPLETED, FAILED);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS, CANCELLED, COMPLETED, FAILED);
            case REJECTED, CANCELLED, COMPLETED, FAILED, ENTERED_IN_ERROR -> EnumSet.noneOf(OnwardReferralStatus.class);
        };
        if (this != ENTERED_IN_ERROR) {
            next.add(ENTERED_IN_ERROR);
        }
        return next;
    }

    public boolean canMoveTo(OnwardReferralStatus target) {
        return next().contains(target);
    }

    /** Rejected, cancelled, on hold and failed must say why. */
    public boolean needsReason() {
        return this == REJECTED || this == CANCELLED || this == ON_HOLD || this == FAILED;
    }

    /** No further change is expected, other than correcting an error. */
    public boolean isFinal() {
        return this == REJECTED || this == CANCELLED || this == COMPLETED || this == FAILED || this == ENTERED_IN_ERROR;
    }
}
