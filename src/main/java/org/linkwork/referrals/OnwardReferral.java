package org.linkwork.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An onward referral ("social prescription") to a directory service, or a signpost to one.
 *
 * @param serviceName      the service's name when it was chosen
 * @param organisationId   the directory organisation that runs the service: its users answer the referral
 * @param status           the task state; empty for a signpost, which has none
 * @param history          every change of status, oldest first
 * @param version          for optimistic locking
 */
public record OnwardReferral(OnwardReferralId id, ReferralId referralId, String serviceId, String serviceName,
        String organisationId, String organisationName, OnwardKind kind, Optional<OnwardReferralStatus> status,
        String note, String referredBy, Instant createdAt, Instant updatedAt, int version,
        List<OnwardReferralChange> history) {

    public OnwardReferral {
        history = List.copyOf(history);
    }
}
