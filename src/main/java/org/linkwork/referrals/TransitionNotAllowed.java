package org.linkwork.referrals;

import java.util.stream.Collectors;

/**
 * An onward referral was asked to move to a status its current status cannot lead to (the HL7 SDOH
 * Clinical Care task states), or a signpost, which has no status, was asked to change.
 */
public class TransitionNotAllowed extends RuntimeException {

    private final OnwardReferralStatus from;
    private final OnwardReferralStatus to;

    public TransitionNotAllowed(OnwardReferralStatus from, OnwardReferralStatus to) {
        super(message(from, to));
        this.from = from;
        this.to = to;
    }

    /** A signpost has no status to change. */
    public TransitionNotAllowed(OnwardReferralStatus to) {
        super("This is a signpost: the person was told about the service and nothing was sent to it, so it has no "
                + "status to change to " + to.code() + ".");
        this.from = null;
        this.to = to;
    }

    private static String message(OnwardReferralStatus from, OnwardReferralStatus to) {
        if (from == to) {
            return "The onward referral is " + from.code() + " already.";
        }
        String next = from.next().stream().map(OnwardReferralStatus::code).sorted().collect(Collectors.joining(", "));
        return "An onward referral that is " + from.code() + " cannot become " + to.code() + ". "
                + (next.isEmpty() ? "It cannot change any more." : "From " + from.code() + " it may become: " + next + ".");
    }

    /** The status it was in, or null for a signpost. */
    public OnwardReferralStatus from() {
        return from;
    }

    public OnwardReferralStatus to() {
        return to;
    }
}
