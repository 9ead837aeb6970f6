package org.linkwork.careplans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.PlanSharing;
import org.linkwork.careplans.ShareLink;
import org.linkwork.careplans.TestCarePlans;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.platform.InvalidInput;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestClock;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Share links: made only with the person's consent, opening the agreed plan without an account until they
 * expire, are switched off, or the person changes their mind; every view audited; guessing kept out.
 */
@ClosedLoopTest
class PlanSharingTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    CarePlans plans;

    @Autowired
    PlanSharing sharing;

    @Autowired
    People people;

    @Autowired
    Referrals referrals;

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
    void signOut() {
        TestReferrals.signOut();
        clock.reset();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An agreed plan the person agreed to see through a link, and a link to it; signed out after. */
    private ShareLink.Made shared(String givenName) {
        CarePlan plan = test.agreed(givenName, LocalDate.now(UK).plusWeeks(6));
        people.recordConsent(plan.personId(), Consent.Scope.SHARE_CARE_PLAN, Optional.empty(), true, "test");
        ShareLink.Made made = sharing.share(plan.id());
        TestReferrals.signOut();
        return made;
    }

    @Test
    void noLinkIsMadeWithoutThePersonsConsent() throws Exception {
        CarePlan plan = test.agreed("Abigail", LocalDate.now(UK).plusWeeks(6));

        assertThatThrownBy(() -> sharing.share(plan.id())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("consent"));
        TestReferrals.signOut();
        mvc.perform(post("/care-plans/{id}/sharing/links", plan.id()).with(as("linkworker")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the person&#39;s agreement")));
        assertThat(jdbc.sql("select count(*) from care_plan_share_link where plan_id = :id")
                .param("id", plan.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void theLinkWorkerRecordsConsentAndMakesALinkThatOpensTheAgreedPlanWithoutAnAccount() throws Exception {
        CarePlan plan = test.agreed("Benedict", LocalDate.now(UK).plusWeeks(6));
        plans.addGoal(plan.id(), plan.version(), new org.linkwork.careplans.NewGoal("A draft goal not agreed yet", null, 0, null));
        TestReferrals.signOut();

        mvc.perform(post("/care-plans/{id}/sharing/consent", plan.id()).param("consent", "true")
                .with(as("linkworker")).with(csrf())).andExpect(status().is3xxRedirection());
        String link = (String) mvc.perform(post("/care-plans/{id}/sharing/links", plan.id()).with(as("linkworker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("newLink"))
                .andReturn().getFlashMap().get("newLink");
        String path = link.substring(link.indexOf("/my-plan/"));
        assertThat(path).matches("/my-plan/[A-Za-z0-9_-]{43}");

        mvc.perform(get(path).with(from("198.51.100.1"))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("My care and support plan")))
                .andExpect(content().string(containsString("Bea " + TestCarePlans.FAMILY_NAME)))
                .andExpect(content().string(containsString("Walk to the allotment again")))
                .andExpect(content().string(not(containsString("A draft goal not agreed yet"))));
        byte[] pdf = mvc.perform(get(path + "/plan.pdf").param("large", "true").with(from("198.51.100.1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PlanPdfText.of(pdf).text()).contains("Walk to the allotment again").contains("Try the Tuesday health walk");

        assertThat(jdbc.sql("""
                select count(*) from audit_event where actor = 'person via share link' and action = 'careplan.read'
                    and subject_id = :person
                """).param("person", plan.personId().toString()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select views from care_plan_share_link where plan_id = :id").param("id", plan.id().value())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from care_plan_share_link where token_hash = convert_to(:token, 'UTF8')")
                .param("token", path.substring("/my-plan/".length())).query(Integer.class).single())
                .as("the token itself is never stored").isZero();
    }

    @Test
    void aRevokedLinkNoLongerOpensThePlanAndSaysSoWithoutNamingAnyone() throws Exception {
        ShareLink.Made made = shared("Clementine");
        CarePlan plan = planOf(made);

        mvc.perform(post("/care-plans/{id}/sharing/links/{link}/revocation", plan.id(), made.link().id())
                .with(as("linkworker")).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/my-plan/{token}", made.token()).with(from("198.51.100.2"))).andExpect(status().isGone())
                .andExpect(content().string(containsString("This link no longer works")))
                .andExpect(content().string(not(containsString("Clementine"))))
                .andExpect(content().string(not(containsString("allotment"))));
    }

    @Test
    void aLinkStopsWorkingWhenItExpires() throws Exception {
        ShareLink.Made made = shared("Desmond");

        clock.set(made.link().createdAt().plus(Duration.ofDays(29)));
        mvc.perform(get("/my-plan/{token}", made.token()).with(from("198.51.100.3"))).andExpect(status().isOk());
        clock.set(made.link().createdAt().plus(Duration.ofDays(30)).plusSeconds(1));
        mvc.perform(get("/my-plan/{token}", made.token()).with(from("198.51.100.3"))).andExpect(status().isGone())
                .andExpect(content().string(containsString("has run out")));
    }

    @Test
    void aLinkStopsWorkingWhenThePersonWithdrawsConsent() throws Exception {
        ShareLink.Made made = shared("Ermintrude");
        CarePlan plan = planOf(made);
        TestReferrals.signIn(users, "linkworker");
        people.recordConsent(plan.personId(), Consent.Scope.SHARE_CARE_PLAN, Optional.empty(), false, "changed mind");
        TestReferrals.signOut();

        mvc.perform(get("/my-plan/{token}", made.token()).with(from("198.51.100.4"))).andExpect(status().isGone())
                .andExpect(content().string(not(containsString("Ermintrude"))));
    }

    @Test
    void anUnknownLinkIsNotFoundAndTooManyFromOneAddressAreRefusedForTheHour() throws Exception {
        ShareLink.Made made = shared("Ferdinand");
        String address = "198.51.100.5";

        mvc.perform(get("/my-plan/{token}", "x".repeat(43)).with(from(address))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link does not work")));
        for (int i = 1; i < 10; i++) {
            mvc.perform(get("/my-plan/{token}", "guess" + i).with(from(address))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/my-plan/{token}", made.token()).with(from(address))).andExpect(status().isTooManyRequests());
        mvc.perform(get("/my-plan/{token}", made.token()).with(from("198.51.100.6"))).andExpect(status().isOk());

        clock.set(clock.instant().plus(Duration.ofMinutes(61)));
        mvc.perform(get("/my-plan/{token}", made.token()).with(from(address))).andExpect(status().isOk());
    }

    @Test
    void theSharingPageListsLinksWithoutTheirTokens() throws Exception {
        ShareLink.Made made = shared("Gwendolyn");

        mvc.perform(get("/care-plans/{id}/sharing", planOf(made).id()).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Working")))
                .andExpect(content().string(not(containsString(made.token()))));
    }

    private CarePlan planOf(ShareLink.Made made) {
        java.util.UUID planId = jdbc.sql("select plan_id from care_plan_share_link where id = :id")
                .param("id", made.link().id()).query(java.util.UUID.class).single();
        TestReferrals.signIn(users, "linkworker");
        try {
            return plans.plan(new org.linkwork.careplans.CarePlanId(planId), "test");
        } finally {
            TestReferrals.signOut();
        }
    }
}
