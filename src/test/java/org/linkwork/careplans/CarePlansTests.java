package org.linkwork.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestClock;
import org.linkwork.referrals.TestOnwardReferrals;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The module's API called directly, as pages and other modules would, signed in as the demo accounts,
 * on PostgreSQL.
 */
@ClosedLoopTest
class CarePlansTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    CarePlans plans;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestCarePlans test;

    @BeforeEach
    void helpers() {
        test = new TestCarePlans(plans, referrals, users);
    }

    @AfterEach
    void signOutAndRealTime() {
        TestReferrals.signOut();
        clock.reset();
    }

    LocalDate today() {
        return clock.instant().atZone(UK).toLocalDate();
    }

    @Test
    void aReviewMakesANewAgreedVersionAndLeavesTheVersionsBeforeItAsTheyWere() {
        CarePlan agreed = test.agreed("Araminta", today().plusWeeks(6));
        assertThat(agreed.versions()).hasSize(1);
        assertThat(agreed.current().isAgreed()).isTrue();
        GoalId goal = agreed.current().content().goals().getFirst().id();

        CarePlan reviewed = plans.review(agreed.id(), agreed.version(), new Review(
                List.of(new Review.GoalProgress(goal, 6, GoalStatus.WORKING_ON_IT)), "Walking further each week",
                today().plusWeeks(12)));

        assertThat(reviewed.versions()).extracting(PlanVersion::number).containsExactly(1, 2);
        PlanVersion review = reviewed.current();
        assertThat(review.kind()).isEqualTo(PlanVersion.Kind.REVIEW);
        assertThat(review.isAgreed()).isTrue();
        assertThat(review.reviewNotes()).contains("Walking further each week");
        assertThat(review.content().goal(goal).orElseThrow().progress()).isEqualTo(6);
        assertThat(review.content().reviewDue()).contains(today().plusWeeks(12));
        PlanVersion first = reviewed.version(1).orElseThrow();
        assertThat(first).isEqualTo(agreed.current());
        assertThat(first.content().goal(goal).orElseThrow().progress()).isEqualTo(3);
        assertThat(first.content().reviewDue()).contains(today().plusWeeks(6));
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteAnAgreedVersion() {
        CarePlan agreed = test.agreed("Bartholomew", today().plusWeeks(6));

        assertThatThrownBy(() -> jdbc.sql("update care_plan_version set change_note = 'sneaky' where plan_id = :id")
                .param("id", agreed.id().value()).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("was agreed and cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from care_plan_version where plan_id = :id")
                .param("id", agreed.id().value()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void aChangeAfterAgreementStartsADraftWhichIsThenEditedInPlace() {
        CarePlan agreed = test.agreed("Cordelia", today().plusWeeks(6));

        CarePlan changed = plans.changeContingency(agreed.id(), agreed.version(),
                new Contingency("If I stop going out for a week, I will call my sister", "Link worker, 01632 960 000"));
        changed = plans.addGoal(changed.id(), changed.version(), new NewGoal("Sleep through the night", null, 2, null));

        assertThat(changed.versions()).hasSize(2);
        assertThat(changed.current().isAgreed()).isFalse();
        assertThat(changed.current().kind()).isEqualTo(PlanVersion.Kind.CHANGED);
        assertThat(changed.current().content().goals()).hasSize(2);
        assertThat(changed.current().content().contingency().whoToContact()).isEqualTo("Link worker, 01632 960 000");
        assertThat(changed.version(1).orElseThrow()).isEqualTo(agreed.current());
        assertThat(changed.agreed().orElseThrow().number()).isEqualTo(1);

        CarePlan agreedAgain = plans.agree(changed.id(), changed.version(), "Added sleep after our call");
        assertThat(agreedAgain.current().changeNote()).contains("Added sleep after our call");
        assertThat(agreedAgain.agreed().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void refusesAChangeMadeToAnOutdatedCopyOfThePlan() {
        CarePlan plan = test.started("Dorothea");
        plans.addGoal(plan.id(), plan.version(), new NewGoal("Go to the library", null, 1, null));

        assertThatThrownBy(() -> plans.addGoal(plan.id(), plan.version(), new NewGoal("Bake bread", null, 0, null)))
                .isInstanceOf(PlanChangedConcurrently.class);
        assertThat(plans.plan(plan.id(), "test").current().content().goals())
                .extracting(Goal::inTheirWords).containsExactly("Go to the library");
    }

    @Test
    void namesEveryProblemOfAGoalAtOnceAndStoresNothing() {
        CarePlan plan = test.started("Eustace");

        assertThatThrownBy(() -> plans.addGoal(plan.id(), plan.version(), new NewGoal("  ", null, 11, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder("inTheirWords", "progress"));
        assertThat(plans.plan(plan.id(), "test").version()).isEqualTo(plan.version());
    }

    @Test
    void aPlanIsNotAgreedWithoutAGoalAndAReviewDate() {
        CarePlan plan = test.started("Fenella");

        assertThatThrownBy(() -> plans.agree(plan.id(), plan.version(), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder("plan", "reviewDue"));
    }

    @Test
    void aReviewNeedsEveryGoalsProgressNotesAndAFutureDate() {
        CarePlan agreed = test.agreed("Gideon", today().plusWeeks(6));
        GoalId goal = agreed.current().content().goals().getFirst().id();

        assertThatThrownBy(() -> plans.review(agreed.id(), agreed.version(), new Review(List.of(), " ", today())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactlyInAnyOrder("progress-" + goal, "status-" + goal, "notes", "nextReview"));
        assertThat(plans.plan(agreed.id(), "test").versions()).hasSize(1);
    }

    @Test
    void theConversationIsKeptEachTimeItIsRecorded() {
        CarePlan plan = test.started("Hermione");
        ConversationDetails first = new ConversationDetails("Getting out of the house", "Gardening, choirs", null,
                "Falling", "My son, on Sundays",
                List.of(new ConversationDetails.BarrierDetail(Barrier.TRANSPORT, "No bus after 6pm"),
                        new ConversationDetails.BarrierDetail(Barrier.MOBILITY_OR_PAIN, " ")));
        plan = plans.recordConversation(plan.id(), plan.version(), first);
        plan = plans.recordConversation(plan.id(), plan.version(), new ConversationDetails("Singing again", null, null,
                null, null, List.of()));

        assertThat(plan.conversations()).extracting(c -> c.details().whatMatters())
                .containsExactly("Getting out of the house", "Singing again");
        assertThat(plan.conversations().getFirst().details().barriers()).containsExactly(
                new ConversationDetails.BarrierDetail(Barrier.TRANSPORT, "No bus after 6pm"),
                new ConversationDetails.BarrierDetail(Barrier.MOBILITY_OR_PAIN, null));
        assertThat(plan.conversation().orElseThrow().recordedBy()).isEqualTo("linkworker");
        CarePlan unchanged = plan;
        assertThatThrownBy(() -> plans.recordConversation(unchanged.id(), unchanged.version(),
                new ConversationDetails("", null, null, null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("whatMatters"));
    }

    @Test
    void anActionLinksToADirectoryServiceOrToAnOnwardReferralMadeInTheSameStep() {
        CarePlan plan = test.started("Ignatius");
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        var service = onward.providersService();

        plan = plans.addServiceAction(plan.id(), plan.version(), service.id(),
                new NewAction("Look at the walking group's times", "Me", null, Optional.empty(), null));
        plan = plans.addReferralAction(plan.id(), plan.version(), service.id(), "Mornings suit best", true,
                new NewAction("Start the walking group", "Lee (link worker) to refer", today().plusWeeks(2),
                        Optional.empty(), null));

        List<PlanAction> actions = plan.current().content().actions();
        assertThat(actions.get(0).link()).contains(new ActionLink(ActionLink.Kind.SERVICE, service.id(), service.name()));
        ActionLink referral = actions.get(1).link().orElseThrow();
        assertThat(referral.kind()).isEqualTo(ActionLink.Kind.ONWARD_REFERRAL);
        var made = referrals.onwardReferral(new OnwardReferralId(java.util.UUID.fromString(referral.targetId())));
        assertThat(made.referralId()).isEqualTo(plan.referralId());
        assertThat(made.serviceId()).isEqualTo(service.id());
        assertThat(made.status()).contains(OnwardReferralStatus.REQUESTED);
    }

    @Test
    void aBadActionSendsNoOnwardReferral() {
        CarePlan plan = test.started("Jemima");
        var service = new TestOnwardReferrals(referrals, directory, users).providersService();

        assertThatThrownBy(() -> plans.addReferralAction(plan.id(), plan.version(), service.id(), null, false,
                new NewAction("", "", null, Optional.empty(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder("what", "who"));
        assertThat(referrals.referral(plan.referralId(), "test").onwardReferrals()).isEmpty();
    }

    @Test
    void onlyTheLinkWorkersOfThePlacesAndAdministratorsMaySeeAPlan() {
        CarePlan plan = test.started("Kilian");
        String elsewhere = TestCarePlans.otherPlaceLinkWorker(jdbc);

        TestReferrals.signIn(users, "admin");
        assertThat(plans.plan(plan.id(), "test").id()).isEqualTo(plan.id());
        TestReferrals.signIn(users, elsewhere);
        assertThatThrownBy(() -> plans.plan(plan.id(), "test")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.addGoal(plan.id(), plan.version(), new NewGoal("Swim", null, 1, null)))
                .isInstanceOf(NotFound.class);
        for (String refused : List.of("referrer", "commissioner", "provider")) {
            TestReferrals.signIn(users, refused);
            assertThatThrownBy(() -> plans.plan(plan.id(), "test")).as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.start(plan.referralId())).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        TestReferrals.signOut();
        assertThatThrownBy(() -> plans.plan(plan.id(), "test")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyReadOfAPlanIsAuditedAgainstThePerson() {
        CarePlan plan = test.started("Lavinia");

        plans.plan(plan.id(), "checking the plan before a call");

        List<String> audited = jdbc.sql("""
                select actor || ' ' || action || ' ' || reason from audit_event
                where subject_type = 'person' and subject_id = :person and action like 'careplan.%' order by id
                """).param("person", plan.personId().toString()).query(String.class).list();
        assertThat(audited).contains("linkworker careplan.start care plan " + plan.id() + " started",
                "linkworker careplan.read checking the plan before a call (care plan " + plan.id() + ")");
    }

    @Test
    void listsTheLinkWorkersReviewsOverdueFirst() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(UK).toInstant());
        CarePlan later = test.agreed("Montague", LocalDate.of(2026, 6, 20));
        CarePlan overdue = test.agreed("Nerissa", LocalDate.of(2026, 6, 10));
        clock.set(LocalDate.of(2026, 6, 15).atTime(9, 0).atZone(UK).toInstant());

        List<ReviewDue> reviews = plans.myReviews().stream()
                .filter(r -> r.planId().equals(later.id()) || r.planId().equals(overdue.id())).toList();

        assertThat(reviews).extracting(ReviewDue::planId).containsExactly(overdue.id(), later.id());
        assertThat(reviews).extracting(ReviewDue::overdue).containsExactly(true, false);
    }

    @Test
    void aDischargeClosesThePlanAndKeepsItAsItWas() {
        CarePlan agreed = test.agreed("Octavia", today().plusWeeks(6));
        var referral = referrals.referral(agreed.referralId(), "test").referral();

        referrals.discharge(agreed.referralId(), referral.version(), org.linkwork.referrals.DischargeReason.GOALS_MET, null);

        CarePlan closed = plans.plan(agreed.id(), "test");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.versions()).isEqualTo(agreed.versions());
        assertThatThrownBy(() -> plans.addGoal(closed.id(), closed.version(), new NewGoal("More", null, 1, null)))
                .isInstanceOf(PlanClosed.class);
        assertThat(plans.myReviews()).extracting(ReviewDue::planId).doesNotContain(agreed.id());
    }
}
