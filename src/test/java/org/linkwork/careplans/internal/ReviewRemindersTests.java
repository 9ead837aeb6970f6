package org.linkwork.careplans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.TestCarePlans;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestClock;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The review reminder job with the clock moved, never waited for. Plans are made in the spring of 2026,
 * so plans other tests make for now are never due in these runs.
 */
@ClosedLoopTest
class ReviewRemindersTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    ReviewReminders reminders;

    @Autowired
    CarePlans plans;

    @Autowired
    Referrals referrals;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    GreenMail greenMail;

    TestCarePlans test;

    @BeforeEach
    void helpers() throws Exception {
        test = new TestCarePlans(plans, referrals, users);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTimeAgain() {
        TestReferrals.signOut();
        clock.reset();
    }

    @Test
    void remindsTheLinkWorkerAWeekBeforeAndOnceOverdueEachOnlyOnce() throws Exception {
        on(LocalDate.of(2026, 3, 2));
        CarePlan plan = test.agreed("Philippa", LocalDate.of(2026, 3, 20));
        TestReferrals.signOut();

        on(LocalDate.of(2026, 3, 12));
        reminders.remindDue();
        assertThat(notifications(plan)).isEmpty();

        on(LocalDate.of(2026, 3, 13));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(notifications(plan)).containsExactly("linkworker plan-review-due A care plan review is due on 20 March 2026");

        on(LocalDate.of(2026, 3, 20));
        reminders.remindDue();
        assertThat(notifications(plan)).hasSize(1);

        on(LocalDate.of(2026, 3, 21));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(notifications(plan)).containsExactly(
                "linkworker plan-review-due A care plan review is due on 20 March 2026",
                "linkworker plan-review-overdue A care plan review is overdue: it was due on 20 March 2026");

        greenMail.waitForIncomingEmail(5_000, 2);
        List<MimeMessage> emails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).startsWith("A care plan review")).toList();
        assertThat(emails).isNotEmpty();
        for (MimeMessage email : emails) {
            String whole = email.getSubject() + "\n" + GreenMailUtil.getWholeMessage(email);
            assertThat(whole).doesNotContain("Philippa").doesNotContain(TestCarePlans.FAMILY_NAME)
                    .doesNotContain("allotment");
        }
    }

    @Test
    void aNewReviewDateIsRemindedAfreshAndAReallocatedPlanRemindsItsNewLinkWorker() {
        on(LocalDate.of(2026, 4, 1));
        CarePlan plan = test.agreed("Quentin", LocalDate.of(2026, 4, 6));
        String colleague = "colleague-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, role, place_id)
                values (gen_random_uuid(), :username, '{noop}unused', 'A colleague', 'LINK_WORKER', 'calderdale')
                """).param("username", colleague).update();
        reminders.remindDue();
        assertThat(notifications(plan)).hasSize(1);

        var referral = referrals.referral(plan.referralId(), "test").referral();
        referrals.allocate(plan.referralId(), referral.version(), colleague);
        CarePlan current = plans.plan(plan.id(), "test");
        plans.changeReviewDate(plan.id(), current.version(), LocalDate.of(2026, 4, 8));
        TestReferrals.signOut();
        reminders.remindDue();

        assertThat(notifications(plan)).containsExactly(
                "linkworker plan-review-due A care plan review is due on 6 April 2026",
                colleague + " plan-review-due A care plan review is due on 8 April 2026");
    }

    @Test
    void aDischargedPersonsPlanIsNotReminded() {
        on(LocalDate.of(2026, 5, 1));
        CarePlan plan = test.agreed("Rosalind", LocalDate.of(2026, 5, 4));
        var referral = referrals.referral(plan.referralId(), "test").referral();
        referrals.discharge(plan.referralId(), referral.version(), org.linkwork.referrals.DischargeReason.DECLINED, null);
        TestReferrals.signOut();

        reminders.remindDue();

        assertThat(notifications(plan)).isEmpty();
    }

    private List<String> notifications(CarePlan plan) {
        return jdbc.sql("""
                select recipient || ' ' || kind || ' ' || message from notification where link = :link order by id
                """).param("link", "/care-plans/" + plan.id()).query(String.class).list();
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(8, 0).atZone(UK).toInstant());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
