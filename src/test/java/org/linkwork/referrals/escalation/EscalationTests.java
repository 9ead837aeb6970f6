package org.linkwork.referrals.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestClock;
import org.linkwork.referrals.TestOnwardReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The escalation job with the clock moved, never waited for. Requests are dated in the spring of
 * 2026 by hand, so the referrals other tests make now are never old enough for these runs.
 */
@ClosedLoopTest
class EscalationTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Escalations escalations;

    @Autowired
    TestClock clock;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    TestOnwardReferrals onward;

    @BeforeEach
    void onwardReferrals() {
        onward = new TestOnwardReferrals(referrals, directory, users);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void escalatesOnTheFifthWorkingDayAndOnlyOnce() {
        OnwardReferral referral = requestedOn(LocalDateTime.of(2026, 3, 6, 10, 0));

        clock.set(at(LocalDateTime.of(2026, 3, 12, 23, 0)));
        escalations.escalateOverdue();
        assertThat(escalationsOf(referral)).isZero();

        clock.set(at(LocalDateTime.of(2026, 3, 13, 1, 0)));
        escalations.escalateOverdue();
        assertThat(escalationsOf(referral)).isEqualTo(1);
        assertThat(jdbc.sql("select working_days_waited from onward_referral_escalation where onward_referral_id = :id")
                .param("id", referral.id().value()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select recipient from notification where kind = 'referral-escalated' and link = :link")
                .param("link", "/provider/referrals/" + referral.id()).query(String.class).list())
                .containsExactly("provider");

        clock.set(at(LocalDateTime.of(2026, 3, 16, 1, 0)));
        escalations.escalateOverdue();
        assertThat(escalationsOf(referral)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where kind = 'referral-escalated' and link = :link")
                .param("link", "/provider/referrals/" + referral.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void bankHolidaysDoNotCount() {
        OnwardReferral referral = requestedOn(LocalDateTime.of(2026, 3, 27, 15, 0));

        clock.set(at(LocalDateTime.of(2026, 4, 6, 12, 0)));
        escalations.escalateOverdue();
        assertThat(escalationsOf(referral)).isZero();

        clock.set(at(LocalDateTime.of(2026, 4, 7, 1, 0)));
        escalations.escalateOverdue();
        assertThat(escalationsOf(referral)).isEqualTo(1);
    }

    @Test
    void anAnsweredReferralIsNotEscalated() {
        OnwardReferral referral = requestedOn(LocalDateTime.of(2026, 2, 2, 10, 0));
        onward.answer(referral.id(), OnwardReferralStatus.ACCEPTED, Reason.NONE);

        clock.set(at(LocalDateTime.of(2026, 2, 20, 10, 0)));
        escalations.escalateOverdue();

        assertThat(escalationsOf(referral)).isZero();
    }

    private OnwardReferral requestedOn(LocalDateTime when) {
        OnwardReferral referral = onward.referOn("Octavia", onward.providersService().id(), true);
        jdbc.sql("update onward_referral set created_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(at(when))).param("id", referral.id().value()).update();
        return referral;
    }

    private int escalationsOf(OnwardReferral referral) {
        return jdbc.sql("select count(*) from onward_referral_escalation where onward_referral_id = :id")
                .param("id", referral.id().value()).query(Integer.class).single();
    }

    private static java.time.Instant at(LocalDateTime ukTime) {
        return ukTime.atZone(UK).toInstant();
    }
}
