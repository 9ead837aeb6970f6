package org.linkwork.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.people.DataProtection;
import org.linkwork.people.DataProtectionRequest;
import org.linkwork.people.SubjectAccess;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A person's care plans in their subject access export, and gone with their words when they are erased. */
@SpringBootTest
class CarePlanDataProtectionTests {

    @Autowired
    CarePlans plans;

    @Autowired
    Referrals referrals;

    @Autowired
    UserDetailsService users;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    JdbcClient jdbc;

    TestCarePlans test;

    @BeforeEach
    void setUp() {
        test = new TestCarePlans(plans, referrals, users);
    }

    @AfterEach
    void signOut() {
        TestReferrals.signOut();
    }

    @Test
    void theExportHoldsThePlanItsVersionsAndConversations() {
        CarePlan plan = test.agreed("Philippa", LocalDate.now().plusWeeks(6));
        plan = plans.recordConversation(plan.id(), plan.version(), new ConversationDetails(
                "My allotment and my grandchildren", "Growing leeks", null, null, "My daughter", java.util.List.of()));

        TestReferrals.signIn(users, "admin");
        String export = subjectAccess.export(plan.personId(), "SAR 2026-077").toString();

        assertThat(export).contains("care-plans", "Walk to the allotment again", "Try the Tuesday health walk",
                "My allotment and my grandchildren");
    }

    @Test
    void erasureBlanksWhatThePersonSaidEvenInAgreedVersionsAndSwitchesShareLinksOff() {
        CarePlan plan = test.agreed("Rosamund", LocalDate.now().plusWeeks(6));
        plan = plans.recordConversation(plan.id(), plan.version(), new ConversationDetails(
                "Singing in the choir again", null, null, null, null, java.util.List.of()));

        TestReferrals.signIn(users, "admin");
        dataProtection.decide(plan.personId(), new DataProtectionRequest.Decided(DataProtectionRequest.Kind.ERASURE,
                LocalDate.now().minusDays(1), DataProtectionRequest.Decision.CARRIED_OUT, Optional.empty(), null));

        for (String table : new String[] {"care_plan_version", "care_plan_conversation"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " t where t.plan_id = :plan and "
                            + "(t::text like '%allotment%' or t::text like '%Tuesday health walk%' or t::text like '%choir%')")
                    .param("plan", plan.id().value()).query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from care_plan_version where plan_id = :plan")
                .param("plan", plan.id().value()).query(Long.class).single()).isPositive();
    }
}
