package org.linkwork.careplans.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.careplans.ActionStatus;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.ConversationDetails;
import org.linkwork.careplans.GoalId;
import org.linkwork.careplans.GoalStatus;
import org.linkwork.careplans.NewAction;
import org.linkwork.careplans.NewGoal;
import org.linkwork.careplans.Review;
import org.linkwork.platform.NotFound;
import org.linkwork.platform.web.JsonApi;
import org.linkwork.referrals.ReferralId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Care plans in the JSON API, for link workers and administrators. Every change carries the plan's
 * {@code version} it was made to: a change to an outdated copy is 409, bad input 422 with each field's
 * problem, both as problem+json.
 */
@JsonApi("/api/v1/care-plans")
class CarePlanApiController {

    static final String API_REASON = "care plan read through the JSON API";

    private final CarePlans plans;

    CarePlanApiController(CarePlans plans) {
        this.plans = plans;
    }

    /** @param referralId the referral to start the plan of; its plan, when it has one already */
    record StartRequest(UUID referralId) {
    }

    record ConversationRequest(int version, String whatMatters, String enjoys, String strengths, String worries,
            String whoSupports, List<ConversationDetails.BarrierDetail> barriers) {
    }

    record GoalRequest(int version, String inTheirWords, String howTheyWillKnow, Integer progress, GoalStatus status) {
    }

    /**
     * @param serviceId a directory (ORUK) service the action leads to, if any
     * @param referOn   when given with a service, the person is also referred on to it through module referrals
     */
    record ActionRequest(int version, String what, String who, LocalDate byWhen, UUID goalId, ActionStatus status,
            String serviceId, ReferOn referOn) {
    }

    record ReferOn(String note, boolean shareWithOrganisation) {
    }

    record AgreementRequest(int version, String changeNote) {
    }

    record ReviewRequest(int version, List<Review.GoalProgress> progress, String notes, LocalDate nextReview) {
    }

    @PostMapping
    CarePlan startPlan(@RequestBody StartRequest request) {
        if (request.referralId() == null) {
            throw new org.linkwork.platform.InvalidInput("referralId", "Name the referral the plan belongs to");
        }
        return plans.start(new ReferralId(request.referralId()));
    }

    @GetMapping
    CarePlan findPlan(@RequestParam UUID referralId) {
        return plans.planOf(new ReferralId(referralId), API_REASON)
                .orElseThrow(() -> new NotFound("Care plan of referral", referralId));
    }

    @GetMapping("/{id}")
    CarePlan readPlan(@PathVariable UUID id) {
        return plans.plan(new CarePlanId(id), API_REASON);
    }

    @PutMapping("/{id}/conversation")
    CarePlan recordConversation(@PathVariable UUID id, @RequestBody ConversationRequest request) {
        return plans.recordConversation(new CarePlanId(id), request.version(),
                new ConversationDetails(request.whatMatters(), request.enjoys(), request.strengths(), request.worries(),
                        request.whoSupports(), request.barriers()));
    }

    @PostMapping("/{id}/goals")
    CarePlan addGoal(@PathVariable UUID id, @RequestBody GoalRequest request) {
        return plans.addGoal(new CarePlanId(id), request.version(),
                new NewGoal(request.inTheirWords(), request.howTheyWillKnow(), request.progress(), request.status()));
    }

    @PostMapping("/{id}/actions")
    CarePlan addAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
        NewAction action = new NewAction(request.what(), request.who(), request.byWhen(),
                Optional.ofNullable(request.goalId()).map(GoalId::new), request.status());
        CarePlanId planId = new CarePlanId(id);
        if (request.serviceId() == null || request.serviceId().isBlank()) {
            return plans.addAction(planId, request.version(), action);
        }
        if (request.referOn() != null) {
            return plans.addReferralAction(planId, request.version(), request.serviceId(), request.referOn().note(),
                    request.referOn().shareWithOrganisation(), action);
        }
        return plans.addServiceAction(planId, request.version(), request.serviceId(), action);
    }

    @PostMapping("/{id}/agreement")
    CarePlan agreePlan(@PathVariable UUID id, @RequestBody AgreementRequest request) {
        return plans.agree(new CarePlanId(id), request.version(), request.changeNote());
    }

    @PostMapping("/{id}/reviews")
    CarePlan reviewPlan(@PathVariable UUID id, @RequestBody ReviewRequest request) {
        return plans.review(new CarePlanId(id), request.version(),
                new Review(request.progress(), request.notes(), request.nextReview()));
    }
}
