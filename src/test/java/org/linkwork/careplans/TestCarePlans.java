package org.linkwork.careplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.TestReferrals;
import org.linkwork.referrals.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Care plans for tests, made as people make them: a referrer refers a fictional person, the demo link
 * worker takes them on and starts their plan. Calls leave the thread signed in as the demo link worker.
 */
public record TestCarePlans(CarePlans plans, Referrals referrals, UserDetailsService users) {

    public static final String FAMILY_NAME = "Marchbanks";

    /** A new person's referral, allocated to the demo link worker, with a plan started. */
    public CarePlan started(String givenName) {
        TestReferrals.signIn(users, "referrer");
        Receipt receipt = referrals.receive(new NewReferral(
                TestPeople.everything(givenName, FAMILY_NAME, TestPeople.birthDate(), TestPeople.nhsNumber()), Source.GP,
                "Knee pain, and lonely since her husband died", null, List.of("walking"), Urgency.ROUTINE, true,
                NewReferral.Door.REFERRAL_FORM));
        TestReferrals.signIn(users, "linkworker");
        referrals.allocate(receipt.id(), 0, "linkworker");
        return plans.start(receipt.id());
    }

    /** A started plan with a goal, an action and a review date, agreed as version 1. */
    public CarePlan agreed(String givenName, LocalDate reviewDue) {
        CarePlan plan = started(givenName);
        plan = plans.addGoal(plan.id(), plan.version(),
                new NewGoal("Walk to the allotment again", "Getting there and back without stopping", 3, null));
        GoalId goal = plan.current().content().goals().getFirst().id();
        plan = plans.addAction(plan.id(), plan.version(), new NewAction("Try the Tuesday health walk", "Me",
                null, Optional.of(goal), null));
        plan = plans.changeReviewDate(plan.id(), plan.version(), reviewDue);
        return plans.agree(plan.id(), plan.version(), null);
    }

    /** A link worker of another place than the demo accounts' (Calderdale). */
    public static String otherPlaceLinkWorker(JdbcClient jdbc) {
        String username = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, role, place_id)
                values (gen_random_uuid(), :username, '{noop}unused', 'A link worker elsewhere', 'LINK_WORKER', 'kirklees')
                """).param("username", username).update();
        return username;
    }
}
