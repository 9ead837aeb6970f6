package org.linkwork.careplans;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkwork.people.PersonId;
import org.linkwork.referrals.ReferralId;

/**
 * A person's personalised care and support plan, worked on within their referral to a link worker, with
 * every version it has had and every "what matters to me" conversation recorded for it.
 *
 * @param linkWorker    the link worker the referral is allocated to, who is reminded of reviews
 * @param versions      oldest first; never empty
 * @param conversations oldest first
 * @param closed        the referral was discharged: the plan is kept, and nothing more is recorded on it
 * @param version       for optimistic locking: pass it back to the changes
 */
public record CarePlan(CarePlanId id, ReferralId referralId, PersonId personId, String placeId,
        Optional<String> linkWorker, List<PlanVersion> versions, List<Conversation> conversations, boolean closed,
        Instant createdAt, int version) {

    public CarePlan {
        versions = List.copyOf(versions);
        conversations = List.copyOf(conversations);
    }

    /** The latest version, agreed or draft. */
    public PlanVersion current() {
        return versions.getLast();
    }

    /** The latest agreed version: what the person has agreed to. */
    public Optional<PlanVersion> agreed() {
        return versions.reversed().stream().filter(PlanVersion::isAgreed).findFirst();
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The latest conversation, if one was recorded. */
    public Optional<Conversation> conversation() {
        return conversations.isEmpty() ? Optional.empty() : Optional.of(conversations.getLast());
    }
}
