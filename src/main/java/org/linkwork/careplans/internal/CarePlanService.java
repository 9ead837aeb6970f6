package org.linkwork.careplans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.linkwork.careplans.ActionId;
import org.linkwork.careplans.ActionLink;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.Contingency;
import org.linkwork.careplans.ConversationDetails;
import org.linkwork.careplans.Goal;
import org.linkwork.careplans.GoalId;
import org.linkwork.careplans.MskHealth;
import org.linkwork.careplans.NewAction;
import org.linkwork.careplans.NewGoal;
import org.linkwork.careplans.PlanAction;
import org.linkwork.careplans.PlanChangedConcurrently;
import org.linkwork.careplans.PlanClosed;
import org.linkwork.careplans.PlanContent;
import org.linkwork.careplans.PlanVersion;
import org.linkwork.careplans.Review;
import org.linkwork.careplans.ReviewDue;
import org.linkwork.directory.Directory;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.CurrentUser;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.ReferralStatus;
import org.linkwork.referrals.Referrals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care plans with their access rules ({@link PlanAccess}), versions and audit. Nothing here logs: a
 * person's words must never reach a log file. Reads are audited against the person, so that the audit
 * log answers "who has seen this person's records" across modules.
 */
@Service
@Transactional
class CarePlanService implements CarePlans {

    static final String SUBJECT = "person";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PlanRecords records;
    private final PlanAccess access;
    private final Referrals referrals;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    CarePlanService(PlanRecords records, PlanAccess access, Referrals referrals, Directory directory, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.records = records;
        this.access = access;
        this.referrals = referrals;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public CarePlan start(ReferralId referralId) {
        access.requireStaff();
        Optional<PlanRecords.Row> existing = records.byReferral(referralId);
        if (existing.isPresent()) {
            return read(existing.get(), "open care plan");
        }
        Referral referral = referrals.referral(referralId, "start a care plan").referral();
        if (referral.status() == ReferralStatus.DISCHARGED) {
            throw new InvalidInput("referralId", "The person was discharged: refer them again to start a plan");
        }
        CarePlanId id = records.insertIfAbsent(CarePlanId.random(), referralId, referral.personId(),
                referral.placeId(), referral.allocatedTo(), access.actor());
        audit.record("careplan.start", SUBJECT, referral.personId().toString(), "care plan " + id + " started");
        return records.plan(records.find(id).orElseThrow());
    }

    @Override
    public Optional<CarePlan> planOf(ReferralId referralId, String why) {
        access.requireStaff();
        return records.byReferral(referralId).map(row -> read(row, why));
    }

    @Override
    public CarePlan plan(CarePlanId id, String why) {
        access.requireStaff();
        return read(records.find(id).orElseThrow(() -> new NotFound("Care plan", id)), why);
    }

    private CarePlan read(PlanRecords.Row row, String why) {
        access.requireTeam(row.id(), row.placeId());
        audit.record("careplan.read", SUBJECT, row.personId().toString(),
                (why == null || why.isBlank() ? "read care plan" : why) + " (care plan " + row.id() + ")");
        return records.plan(row);
    }

    @Override
    public CarePlan recordConversation(CarePlanId id, int version, ConversationDetails details) {
        PlanRecords.Row row = lockForTeam(id, version);
        ConversationDetails checked = PlanChecks.conversation(details);
        records.insertConversation(id, checked, access.actor());
        records.touch(id, version, latest(id).content().reviewDue());
        audit.record("careplan.conversation.record", SUBJECT, row.personId().toString(), "care plan " + id);
        return reread(id);
    }

    @Override
    public CarePlan addGoal(CarePlanId id, int version, NewGoal goal) {
        return change(id, version, "goal added", content -> {
            if (content.goals().size() >= PlanChecks.MOST_GOALS) {
                throw new InvalidInput("inTheirWords", "A plan has at most " + PlanChecks.MOST_GOALS
                        + " goals: mark one achieved or no longer wanted at a review, or remove one");
            }
            List<Goal> goals = new ArrayList<>(content.goals());
            goals.add(PlanChecks.goal(GoalId.random(), goal, Optional.empty()));
            return new PlanContent(goals, content.actions(), content.msk(), content.contingency(), content.reviewDue());
        });
    }

    @Override
    public CarePlan changeGoal(CarePlanId id, int version, GoalId goalId, NewGoal goal) {
        return change(id, version, "goal changed", content -> {
            Goal before = content.goal(goalId).orElseThrow(() -> new NotFound("Goal", goalId));
            Goal changed = PlanChecks.goal(goalId, goal, Optional.of(before));
            List<Goal> goals = content.goals().stream().map(g -> g.id().equals(goalId) ? changed : g).toList();
            return new PlanContent(goals, content.actions(), content.msk(), content.contingency(), content.reviewDue());
        });
    }

    @Override
    public CarePlan removeGoal(CarePlanId id, int version, GoalId goalId) {
        return change(id, version, "goal removed", content -> {
            content.goal(goalId).orElseThrow(() -> new NotFound("Goal", goalId));
            List<Goal> goals = content.goals().stream().filter(g -> !g.id().equals(goalId)).toList();
            // Actions towards it stay: the work may still be worth doing; they just no longer name the goal.
            List<PlanAction> actions = content.actions().stream()
                    .map(a -> a.goalId().filter(goalId::equals).isPresent()
                            ? new PlanAction(a.id(), a.what(), a.who(), a.byWhen(), Optional.empty(), a.link(), a.status())
                            : a)
                    .toList();
            return new PlanContent(goals, actions, content.msk(), content.contingency(), content.reviewDue());
        });
    }

    @Override
    public CarePlan addAction(CarePlanId id, int version, NewAction action) {
        return addLinkedAction(id, version, action, Optional.empty(), "action added");
    }

    @Override
    public CarePlan addServiceAction(CarePlanId id, int version, String serviceId, NewAction action) {
        access.requireStaff();
        ServiceDetail service = activeService(serviceId);
        return addLinkedAction(id, version, action,
                Optional.of(new ActionLink(ActionLink.Kind.SERVICE, service.service().id(), service.service().name())),
                "action added for a service");
    }

    @Override
    public CarePlan addReferralAction(CarePlanId id, int version, String serviceId, String note,
            boolean shareWithOrganisation, NewAction action) {
        PlanRecords.Row row = lockForTeam(id, version);
        // Checked before the onward referral is made, so that a mistake in the action sends nothing to the service.
        PlanContent content = latest(id).content();
        PlanChecks.action(ActionId.random(), action, Optional.empty(), content, today());
        OnwardReferral onward = referrals.referOn(row.referralId(), serviceId, note, shareWithOrganisation);
        return addLinkedAction(id, version, action,
                Optional.of(new ActionLink(ActionLink.Kind.ONWARD_REFERRAL, onward.id().toString(), onward.serviceName())),
                "action added with an onward referral");
    }

    private CarePlan addLinkedAction(CarePlanId id, int version, NewAction action, Optional<ActionLink> link,
            String what) {
        return change(id, version, what, content -> {
            if (content.actions().size() >= PlanChecks.MOST_ACTIONS) {
                throw new InvalidInput("what", "A plan has at most " + PlanChecks.MOST_ACTIONS + " actions: remove one first");
            }
            List<PlanAction> actions = new ArrayList<>(content.actions());
            actions.add(PlanChecks.action(ActionId.random(), action, link, content, today()));
            return new PlanContent(content.goals(), actions, content.msk(), content.contingency(), content.reviewDue());
        });
    }

    @Override
    public CarePlan changeAction(CarePlanId id, int version, ActionId actionId, NewAction action) {
        return change(id, version, "action changed", content -> {
            PlanAction before = content.action(actionId).orElseThrow(() -> new NotFound("Action", actionId));
            PlanAction changed = PlanChecks.action(actionId, action, before.link(), content, today());
            List<PlanAction> actions = content.actions().stream().map(a -> a.id().equals(actionId) ? changed : a).toList();
            return new PlanContent(content.goals(), actions, content.msk(), content.contingency(), content.reviewDue());
        });
    }

    @Override
    public CarePlan removeAction(CarePlanId id, int version, ActionId actionId) {
        return change(id, version, "action removed", content -> {
            content.action(actionId).orElseThrow(() -> new NotFound("Action", actionId));
            List<PlanAction> actions = content.actions().stream().filter(a -> !a.id().equals(actionId)).toList();
            return new PlanContent(content.goals(), actions, content.msk(), content.contingency(), content.reviewDue());
        });
    }

    @Override
    public CarePlan changeMsk(CarePlanId id, int version, MskHealth msk) {
        access.requireStaff();
        MskHealth checked = PlanChecks.msk(msk);
        return change(id, version, "MSK health changed", content -> new PlanContent(content.goals(), content.actions(),
                checked, content.contingency(), content.reviewDue()));
    }

    @Override
    public CarePlan changeContingency(CarePlanId id, int version, Contingency contingency) {
        access.requireStaff();
        Contingency checked = PlanChecks.contingency(contingency);
        return change(id, version, "contingency changed", content -> new PlanContent(content.goals(), content.actions(),
                content.msk(), checked, content.reviewDue()));
    }

    @Override
    public CarePlan changeReviewDate(CarePlanId id, int version, LocalDate reviewDue) {
        access.requireStaff();
        LocalDate checked = PlanChecks.reviewDate(reviewDue, "reviewDue", today());
        return change(id, version, "review date changed", content -> new PlanContent(content.goals(), content.actions(),
                content.msk(), content.contingency(), Optional.of(checked)));
    }

    @Override
    public CarePlan agree(CarePlanId id, int version, String changeNote) {
        PlanRecords.Row row = lockForTeam(id, version);
        PlanVersion current = latest(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (current.isAgreed()) {
            problems.add(new FieldProblem("plan", "This version was agreed already: change the plan first"));
        } else if (current.content().goals().isEmpty()) {
            problems.add(new FieldProblem("plan", "Add at least one goal before the plan is agreed"));
        }
        if (current.content().reviewDue().isEmpty()) {
            problems.add(new FieldProblem("reviewDue", "Set the date of the first review before the plan is agreed"));
        }
        String note = PlanChecks.text(changeNote, "changeNote", "What changed", PlanChecks.SHORT_TEXT, problems);
        PlanChecks.throwIfAny(problems);
        records.agree(id, current.number(), note, access.actor());
        touch(id, version, current.content());
        audit.record("careplan.agree", SUBJECT, row.personId().toString(),
                "care plan " + id + " version " + current.number() + " agreed");
        return reread(id);
    }

    @Override
    public CarePlan review(CarePlanId id, int version, Review review) {
        PlanRecords.Row row = lockForTeam(id, version);
        PlanVersion current = latest(id);
        List<FieldProblem> problems = new ArrayList<>();
        List<Goal> goals = PlanChecks.reviewedGoals(review, current.content(), problems);
        String notes = PlanChecks.text(review.notes(), "notes", "Review notes", PlanChecks.LONG_TEXT, problems);
        if (notes == null) {
            problems.add(new FieldProblem("notes", "Enter how the review went"));
        }
        LocalDate next = null;
        try {
            next = PlanChecks.reviewDate(review.nextReview(), "nextReview", today());
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (current.content().goals().isEmpty()) {
            problems.add(new FieldProblem("plan", "Add at least one goal before reviewing the plan"));
        }
        PlanChecks.throwIfAny(problems);
        PlanContent reviewed = new PlanContent(goals, current.content().actions(), current.content().msk(),
                current.content().contingency(), Optional.of(next));
        // A draft left unagreed stays as it was, a step in the history; the review builds on what it says.
        records.insertVersion(id, current.number() + 1, PlanVersion.Kind.REVIEW, reviewed, null, notes,
                access.actor(), true);
        touch(id, version, reviewed);
        audit.record("careplan.review", SUBJECT, row.personId().toString(),
                "care plan " + id + " reviewed: version " + (current.number() + 1));
        return reread(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewDue> myReviews() {
        CurrentUser user = access.requireStaff();
        List<ReviewDue> reviews = records.reviewsOf(user.username(), today());
        return reviews.stream().sorted(java.util.Comparator.comparing((ReviewDue r) -> !r.overdue())
                .thenComparing(ReviewDue::reviewDue)).toList();
    }

    /** A change to the plan's content: the draft is changed, or a new draft starts after an agreed version. */
    private CarePlan change(CarePlanId id, int version, String what, UnaryOperator<PlanContent> edit) {
        PlanRecords.Row row = lockForTeam(id, version);
        PlanVersion current = latest(id);
        PlanContent changed = edit.apply(current.content());
        if (current.isAgreed()) {
            records.insertVersion(id, current.number() + 1, PlanVersion.Kind.CHANGED, changed, null, null,
                    access.actor(), false);
        } else {
            records.updateDraft(id, current.number(), changed);
        }
        touch(id, version, changed);
        audit.record("careplan.change", SUBJECT, row.personId().toString(), "care plan " + id + ": " + what);
        return reread(id);
    }

    private void touch(CarePlanId id, int version, PlanContent content) {
        if (!records.touch(id, version, content.reviewDue())) {
            throw new PlanChangedConcurrently(id);
        }
    }

    /** Locks the plan for a change by its place's team, from the version the change was made to. */
    private PlanRecords.Row lockForTeam(CarePlanId id, int version) {
        access.requireStaff();
        PlanRecords.Row row = records.lock(id).orElseThrow(() -> new NotFound("Care plan", id));
        access.requireTeam(id, row.placeId());
        if (row.closed()) {
            throw new PlanClosed(id);
        }
        if (row.version() != version) {
            throw new PlanChangedConcurrently(id);
        }
        return row;
    }

    private PlanVersion latest(CarePlanId id) {
        return records.versions(id).getLast();
    }

    /** The plan after a change the caller made: that change is audited, so this is no second read. */
    private CarePlan reread(CarePlanId id) {
        return records.plan(records.find(id).orElseThrow());
    }

    private ServiceDetail activeService(String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new InvalidInput("serviceId", "Choose a service from the directory");
        }
        ServiceDetail service;
        try {
            service = directory.serviceDetail(serviceId.strip());
        } catch (NotFound e) {
            throw new InvalidInput("serviceId", "There is no such service in the directory: choose one from the directory");
        }
        if (!service.service().isActive()) {
            throw new InvalidInput("serviceId", "This service is " + service.service().status() + ": choose another");
        }
        return service;
    }

    private LocalDate today() {
        return clock.instant().atZone(UK).toLocalDate();
    }
}
