package org.linkwork.careplans.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.Goal;
import org.linkwork.careplans.GoalId;
import org.linkwork.careplans.PlanAction;
import org.linkwork.careplans.PlanContent;
import org.linkwork.careplans.PlanVersion;
import org.springframework.stereotype.Component;

/**
 * Words for the care plan pages, the printable plan and its PDF ({@code @planViews} in templates): dates
 * as people write them, and what changed from one version to the next.
 */
@Component("planViews")
public class PlanViews {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }

    public String date(Optional<?> value) {
        return value.map(v -> v instanceof Instant i ? date(i) : date((LocalDate) v)).orElse("Not set");
    }

    /** The goal's words, for an action that works towards it. */
    public String goalOf(PlanContent content, PlanAction action) {
        return action.goalId().flatMap(content::goal).map(Goal::inTheirWords).orElse("");
    }

    /** Each goal's progress at every version that had it, oldest first. */
    public List<GoalHistory> goalHistories(CarePlan plan) {
        List<GoalHistory> histories = new ArrayList<>();
        for (PlanVersion version : plan.versions()) {
            for (Goal goal : version.content().goals()) {
                GoalHistory history = histories.stream().filter(h -> h.id().equals(goal.id())).findFirst()
                        .orElseGet(() -> {
                            GoalHistory h = new GoalHistory(goal.id(), new ArrayList<>(), new ArrayList<>());
                            histories.add(h);
                            return h;
                        });
                history.words().add(goal.inTheirWords());
                history.points().add(new GoalPoint(version.number(), version.kind(),
                        version.agreedAt().orElse(version.createdAt()), goal.progress(), goal.status().label()));
            }
        }
        return histories;
    }

    public record GoalHistory(GoalId id, List<String> words, List<GoalPoint> points) {

        public String latestWords() {
            return words.getLast();
        }
    }

    public record GoalPoint(int version, PlanVersion.Kind kind, Instant at, int progress, String status) {
    }

    /** What changed from the version before, in lines; the first version says what it started with. */
    public List<String> changes(CarePlan plan, PlanVersion version) {
        Optional<PlanVersion> before = plan.version(version.number() - 1);
        PlanContent now = version.content();
        if (before.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add("Started with " + count(now.goals().size(), "goal") + " and " + count(now.actions().size(), "action"));
            return lines;
        }
        return changes(before.get().content(), now);
    }

    static List<String> changes(PlanContent was, PlanContent now) {
        List<String> lines = new ArrayList<>();
        for (Goal goal : now.goals()) {
            Optional<Goal> old = was.goal(goal.id());
            if (old.isEmpty()) {
                lines.add("Goal added: " + goal.inTheirWords());
            } else {
                if (!Objects.equals(old.get().inTheirWords(), goal.inTheirWords())
                        || !Objects.equals(old.get().howTheyWillKnow(), goal.howTheyWillKnow())) {
                    lines.add("Goal reworded: " + goal.inTheirWords());
                }
                if (old.get().progress() != goal.progress()) {
                    lines.add("Progress on \"" + goal.inTheirWords() + "\": " + old.get().progress() + " to "
                            + goal.progress() + " out of 10");
                }
                if (old.get().status() != goal.status()) {
                    lines.add("\"" + goal.inTheirWords() + "\" is now: " + goal.status().label().toLowerCase(Locale.UK));
                }
            }
        }
        was.goals().stream().filter(g -> now.goal(g.id()).isEmpty())
                .forEach(g -> lines.add("Goal removed: " + g.inTheirWords()));
        for (PlanAction action : now.actions()) {
            Optional<PlanAction> old = was.action(action.id());
            if (old.isEmpty()) {
                lines.add("Action added: " + action.what());
            } else if (!old.get().equals(action)) {
                lines.add(old.get().status() != action.status()
                        ? "Action \"" + action.what() + "\" is now: " + action.status().label().toLowerCase(Locale.UK)
                        : "Action changed: " + action.what());
            }
        }
        was.actions().stream().filter(a -> now.action(a.id()).isEmpty())
                .forEach(a -> lines.add("Action removed: " + a.what()));
        if (!was.msk().equals(now.msk())) {
            lines.add("Muscle, bone and joint health changed");
        }
        if (!was.contingency().equals(now.contingency())) {
            lines.add("What to do if things get worse changed");
        }
        if (!was.reviewDue().equals(now.reviewDue())) {
            lines.add("Next review: " + now.reviewDue().map(DAY::format).orElse("not set"));
        }
        if (lines.isEmpty()) {
            lines.add("Nothing in the plan changed");
        }
        return lines;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
