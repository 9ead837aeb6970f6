package org.linkwork.careplans;

import java.util.List;
import java.util.Optional;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.ReferralId;

/**
 * Care and support plans and the "what matters to me" conversations behind them.
 *
 * <p>Who may: the link workers of the plan's place (the allocated one among them) and administrators,
 * for everything. A link worker of another place meets {@link NotFound}, so that the plan's existence is
 * not given away; referrers, providers, commissioners and the public are refused outright
 * ({@link org.springframework.security.access.AccessDeniedException}). Every read is audited.
 *
 * <p>Versions: the plan's latest version, while a draft, is edited in place; once the person agreed it,
 * it is never changed again, and the next change or review starts a new version. Every change takes the
 * {@link CarePlan#version()} it was made to and refuses, with {@link PlanChangedConcurrently}, a change to
 * an outdated copy.
 */
public interface CarePlans {

    /**
     * The plan of a referral, started (with an empty draft) if it has none yet.
     *
     * @throws NotFound when there is no such referral within the caller's reach
     */
    CarePlan start(ReferralId referralId);

    /** The plan of a referral, if one was started. Audited when there is one. */
    Optional<CarePlan> planOf(ReferralId referralId, String why);

    /**
     * Reads a plan for a reason the audit log keeps.
     *
     * @throws NotFound when there is no such plan within the caller's reach
     */
    CarePlan plan(CarePlanId id, String why);

    /**
     * Records the "what matters to me" conversation again; earlier ones are kept.
     *
     * @throws InvalidInput naming each field at fault
     */
    CarePlan recordConversation(CarePlanId id, int version, ConversationDetails details);

    /** Adds a goal to the plan's draft (starting a new draft when the latest version was agreed). */
    CarePlan addGoal(CarePlanId id, int version, NewGoal goal);

    CarePlan changeGoal(CarePlanId id, int version, GoalId goalId, NewGoal goal);

    CarePlan removeGoal(CarePlanId id, int version, GoalId goalId);

    /** Adds an action that leads to nothing in particular. */
    CarePlan addAction(CarePlanId id, int version, NewAction action);

    /**
     * Adds an action that leads to a directory service, as chosen from a search or a suggestion.
     *
     * @param serviceId the service's ORUK id
     * @throws InvalidInput on {@code serviceId} when there is no such active service
     */
    CarePlan addServiceAction(CarePlanId id, int version, String serviceId, NewAction action);

    /**
     * Refers the person on to a directory service through module referrals and adds an action linked to the
     * onward referral, in one step: both are made, or neither.
     *
     * @param shareWithOrganisation the person agreed to share their details with the service's organisation
     */
    CarePlan addReferralAction(CarePlanId id, int version, String serviceId, String note,
            boolean shareWithOrganisation, NewAction action);

    CarePlan changeAction(CarePlanId id, int version, ActionId actionId, NewAction action);

    CarePlan removeAction(CarePlanId id, int version, ActionId actionId);

    CarePlan changeMsk(CarePlanId id, int version, MskHealth msk);

    CarePlan changeContingency(CarePlanId id, int version, Contingency contingency);

    /** Sets when the plan is to be reviewed next. */
    CarePlan changeReviewDate(CarePlanId id, int version, java.time.LocalDate reviewDue);

    /**
     * The person agreed the draft: it becomes the plan they hold, never to change again.
     *
     * @param changeNote what changed since the last agreed version, in a line, if the link worker wants to say
     * @throws InvalidInput when the latest version is agreed already, or has no goal
     */
    CarePlan agree(CarePlanId id, int version, String changeNote);

    /**
     * Reviews the plan with the person: a new agreed version with each goal's progress and status now,
     * the review's notes and the next review date. The versions before it stay as they were.
     *
     * @throws InvalidInput naming each field at fault
     */
    CarePlan review(CarePlanId id, int version, Review review);

    /** The signed-in link worker's plans with a review date, overdue first, then soonest. */
    List<ReviewDue> myReviews();
}
