package org.linkwork.careplans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwork.careplans.ActionId;
import org.linkwork.careplans.ActionLink;
import org.linkwork.careplans.ActionStatus;
import org.linkwork.careplans.Contingency;
import org.linkwork.careplans.ConversationDetails;
import org.linkwork.careplans.ConversationDetails.BarrierDetail;
import org.linkwork.careplans.Goal;
import org.linkwork.careplans.GoalId;
import org.linkwork.careplans.GoalStatus;
import org.linkwork.careplans.MskHealth;
import org.linkwork.careplans.NewAction;
import org.linkwork.careplans.NewGoal;
import org.linkwork.careplans.PlanAction;
import org.linkwork.careplans.PlanContent;
import org.linkwork.careplans.Review;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * What a plan and a conversation must be: every problem is named on its field, all at once, in words a
 * link worker understands. Text is trimmed, and blank text is nothing.
 */
final class PlanChecks {

    static final int SHORT_TEXT = 500;
    static final int LONG_TEXT = 4000;
    /** A plan is something a person can hold in their head. */
    static final int MOST_GOALS = 20;
    static final int MOST_ACTIONS = 50;
    /** Reviews are planned within the next two years; further out is a typing mistake. */
    static final int FURTHEST_REVIEW_YEARS = 2;

    private PlanChecks() {
    }

    static ConversationDetails conversation(ConversationDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        String whatMatters = text(details.whatMatters(), "whatMatters", "What matters to them", LONG_TEXT, problems);
        if (whatMatters == null) {
            problems.add(new FieldProblem("whatMatters", "Enter what matters to them, in their words"));
        }
        String enjoys = text(details.enjoys(), "enjoys", "What they enjoy", LONG_TEXT, problems);
        String strengths = text(details.strengths(), "strengths", "Strengths", LONG_TEXT, problems);
        String worries = text(details.worries(), "worries", "Worries", LONG_TEXT, problems);
        String whoSupports = text(details.whoSupports(), "whoSupports", "Who supports them", LONG_TEXT, problems);
        List<BarrierDetail> barriers = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (BarrierDetail barrier : details.barriers()) {
            if (barrier == null || barrier.barrier() == null) {
                problems.add(new FieldProblem("barriers", "Choose barriers from the list"));
                continue;
            }
            if (!seen.add(barrier.barrier())) {
                continue;
            }
            String field = "barrier-" + barrier.barrier().code();
            barriers.add(new BarrierDetail(barrier.barrier(),
                    text(barrier.detail(), field, barrier.barrier().label(), SHORT_TEXT, problems)));
        }
        throwIfAny(problems);
        return new ConversationDetails(whatMatters, enjoys, strengths, worries, whoSupports, barriers);
    }

    static Goal goal(GoalId id, NewGoal goal, Optional<Goal> before) {
        List<FieldProblem> problems = new ArrayList<>();
        String words = text(goal.inTheirWords(), "inTheirWords", "The goal", SHORT_TEXT, problems);
        if (words == null) {
            problems.add(new FieldProblem("inTheirWords", "Enter the goal in the person's words"));
        }
        String measure = text(goal.howTheyWillKnow(), "howTheyWillKnow", "How they will know", SHORT_TEXT, problems);
        Integer progress = goal.progress() == null ? before.map(Goal::progress).orElse(null) : goal.progress();
        if (progress == null) {
            problems.add(new FieldProblem("progress", "Choose where they feel they are now, from 0 to 10"));
        } else if (progress < 0 || progress > Goal.MOST_PROGRESS) {
            problems.add(new FieldProblem("progress", "Progress must be from 0 to 10"));
        }
        throwIfAny(problems);
        GoalStatus status = goal.status() != null ? goal.status()
                : before.map(Goal::status).orElse(GoalStatus.WORKING_ON_IT);
        return new Goal(id, words, measure, progress, status);
    }

    static PlanAction action(ActionId id, NewAction action, Optional<ActionLink> link, PlanContent content,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String what = text(action.what(), "what", "What will be done", SHORT_TEXT, problems);
        if (what == null) {
            problems.add(new FieldProblem("what", "Enter what will be done"));
        }
        String who = text(action.who(), "who", "Who will do it", 200, problems);
        if (who == null) {
            problems.add(new FieldProblem("who", "Enter who will do it"));
        }
        if (action.byWhen() != null && action.byWhen().isAfter(today.plusYears(FURTHEST_REVIEW_YEARS))) {
            problems.add(new FieldProblem("byWhen", "By when must be within the next two years"));
        }
        if (action.goalId().isPresent() && content.goal(action.goalId().get()).isEmpty()) {
            problems.add(new FieldProblem("goalId", "Choose one of the plan's goals, or none"));
        }
        throwIfAny(problems);
        return new PlanAction(id, what, who, Optional.ofNullable(action.byWhen()), action.goalId(), link,
                action.status() == null ? ActionStatus.TO_DO : action.status());
    }

    static MskHealth msk(MskHealth msk) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Integer> pain = msk.painScore();
        if (pain.isPresent() && (pain.get() < 0 || pain.get() > 10)) {
            problems.add(new FieldProblem("painScore", "Pain must be from 0 (none) to 10 (worst imaginable)"));
        }
        String stops = text(msk.whatPainStops(), "whatPainStops", "What the pain stops them doing", LONG_TEXT, problems);
        String activity = text(msk.activityGoals(), "activityGoals", "Activity goals", LONG_TEXT, problems);
        String self = text(msk.selfManagement(), "selfManagement", "Self-management", LONG_TEXT, problems);
        throwIfAny(problems);
        return new MskHealth(pain, stops, activity, self);
    }

    static Contingency contingency(Contingency contingency) {
        List<FieldProblem> problems = new ArrayList<>();
        String worse = text(contingency.ifThingsGetWorse(), "ifThingsGetWorse", "If things get worse", LONG_TEXT, problems);
        String who = text(contingency.whoToContact(), "whoToContact", "Who to contact", SHORT_TEXT, problems);
        throwIfAny(problems);
        return new Contingency(worse, who);
    }

    static LocalDate reviewDate(LocalDate due, String field, LocalDate today) {
        if (due == null) {
            throw new InvalidInput(field, "Enter the date of the next review");
        }
        if (!due.isAfter(today)) {
            throw new InvalidInput(field, "The next review must be after today");
        }
        if (due.isAfter(today.plusYears(FURTHEST_REVIEW_YEARS))) {
            throw new InvalidInput(field, "The next review must be within the next two years");
        }
        return due;
    }

    /** The goals as the review leaves them; every goal of the plan needs its progress and status. */
    static List<Goal> reviewedGoals(Review review, PlanContent content, List<FieldProblem> problems) {
        List<Goal> goals = new ArrayList<>();
        for (Goal goal : content.goals()) {
            Optional<Review.GoalProgress> now = review.progress().stream()
                    .filter(p -> p != null && goal.id().equals(p.goalId())).findFirst();
            Integer progress = now.map(Review.GoalProgress::progress).orElse(null);
            GoalStatus status = now.map(Review.GoalProgress::status).orElse(null);
            String field = "progress-" + goal.id();
            if (progress == null) {
                problems.add(new FieldProblem(field, "Choose where they are now with \"" + goal.inTheirWords() + "\", from 0 to 10"));
            } else if (progress < 0 || progress > Goal.MOST_PROGRESS) {
                problems.add(new FieldProblem(field, "Progress must be from 0 to 10"));
            }
            if (status == null) {
                problems.add(new FieldProblem("status-" + goal.id(), "Choose where \"" + goal.inTheirWords() + "\" stands"));
            }
            goals.add(new Goal(goal.id(), goal.inTheirWords(), goal.howTheyWillKnow(),
                    progress == null ? goal.progress() : progress, status == null ? goal.status() : status));
        }
        review.progress().stream().filter(p -> p == null || p.goalId() == null || content.goal(p.goalId()).isEmpty())
                .findFirst().ifPresent(p -> problems.add(new FieldProblem("progress", "Record progress only for the plan's goals")));
        return goals;
    }

    static String text(String value, String field, String label, int most, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > most) {
            problems.add(new FieldProblem(field, label + " must be " + most + " characters or fewer"));
        }
        return text;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
