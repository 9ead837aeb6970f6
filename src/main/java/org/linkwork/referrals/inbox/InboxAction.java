package org.linkwork.referrals.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.linkwork.referrals.OnwardReferralStatus;

/**
 * What a provider may do with a referral, each a move of the task states. Declining, putting on hold
 * and failing ask why, on a page of their own.
 */
enum InboxAction {
    ACCEPT("accept", OnwardReferralStatus.ACCEPTED, "Accept referral", false),
    DECLINE("decline", OnwardReferralStatus.REJECTED, "Decline referral", true),
    START("start", OnwardReferralStatus.IN_PROGRESS, "Start: the person has begun", false),
    HOLD("hold", OnwardReferralStatus.ON_HOLD, "Put on hold", true),
    COMPLETE("complete", OnwardReferralStatus.COMPLETED, "Mark as completed", false),
    FAIL("fail", OnwardReferralStatus.FAILED, "Mark as not completed", true);

    private final String path;
    private final OnwardReferralStatus target;
    private final String label;
    private final boolean asksWhy;

    InboxAction(String path, OnwardReferralStatus target, String label, boolean asksWhy) {
        this.path = path;
        this.target = target;
        this.label = label;
        this.asksWhy = asksWhy;
    }

    public String path() {
        return path;
    }

    public OnwardReferralStatus target() {
        return target;
    }

    /** The button's words; "start" from on hold is resuming. */
    public String label(OnwardReferralStatus from) {
        return this == START && from == OnwardReferralStatus.ON_HOLD ? "Resume: the person is back" : label;
    }

    public boolean asksWhy() {
        return asksWhy;
    }

    /** The question on the page that asks why. */
    public String question() {
        return switch (this) {
            case DECLINE -> "Why are you declining this referral?";
            case HOLD -> "Why is this referral on hold?";
            case FAIL -> "Why did this referral not complete?";
            default -> "";
        };
    }

    static Optional<InboxAction> fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    /** The actions the referral's status allows now, in the order they are offered. */
    static List<InboxAction> allowedFrom(OnwardReferralStatus status) {
        return Arrays.stream(values()).filter(a -> status.canMoveTo(a.target)).toList();
    }
}
