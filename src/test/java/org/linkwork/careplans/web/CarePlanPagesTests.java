package org.linkwork.careplans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.GoalId;
import org.linkwork.careplans.TestCarePlans;
import org.linkwork.directory.Directory;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestClock;
import org.linkwork.referrals.TestOnwardReferrals;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The link worker's care plan pages through MockMvc, signed in as the demo accounts.
 */
@ClosedLoopTest
class CarePlanPagesTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

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
    void signOut() {
        TestReferrals.signOut();
        clock.reset();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    MockHttpServletRequestBuilder form(String path, Object... vars) {
        return post(path, vars).with(as("linkworker")).with(csrf());
    }

    CarePlan reread(CarePlan plan) {
        TestReferrals.signIn(users, "linkworker");
        try {
            return plans.plan(plan.id(), "test");
        } finally {
            TestReferrals.signOut();
        }
    }

    @Test
    void whenFewFitTheLinkWorkerSeesWhatWouldFitFurtherAwayAndPicksOneIntoThePlan() throws Exception {
        CarePlan started = test.started("Iolanthe");
        TestReferrals.signOut();
        String id = started.id().toString();
        mvc.perform(form("/care-plans/{id}/conversation", id).param("version", "0")
                        .param("whatMatters", "Lost her mum in the spring and cannot stop crying"))
                .andExpect(redirectedUrl("/care-plans/" + id));

        String page = mvc.perform(get("/care-plans/{id}/suggestions", id).with(as("linkworker"))
                        .param("narrowed", "yes").param("maxDistanceKm", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Would fit if they could go further than 1 km")))
                .andExpect(content().string(containsString("further than the 1 km you gave")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher nearMiss = java.util.regex.Pattern
                .compile("class=\"nhsuk-card linkwork-near-miss\"\\s+data-service-id=\"([^\"]+)\"").matcher(page);
        assertThat(nearMiss.find()).as(page).isTrue();
        String serviceId = nearMiss.group(1);
        assertThat(page.substring(nearMiss.end())).contains("Add to the plan");

        mvc.perform(form("/care-plans/{id}/suggestions/action", id).param("version", "1").param("serviceId", serviceId))
                .andExpect(redirectedUrl("/care-plans/" + id));
        assertThat(reread(started).current().content().actions())
                .anySatisfy(a -> assertThat(a.link().map(l -> l.targetId())).contains(serviceId));
    }

    @Test
    void aLinkWorkerRecordsWhatMattersBuildsThePlanAgreesItAndReviewsIt() throws Exception {
        CarePlan started = test.started("Saffron");
        TestReferrals.signOut();
        String id = started.id().toString();
        LocalDate reviewDay = LocalDate.now(UK).plusWeeks(6);
        var service = new TestOnwardReferrals(referrals, directory, users).providersService();

        mvc.perform(form("/care-plans").param("referralId", started.referralId().toString()))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(get("/care-plans/{id}", id).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 1, draft")));

        mvc.perform(form("/care-plans/{id}/conversation", id).param("version", "0")
                        .param("whatMatters", "Seeing my friends at the allotment")
                        .param("worries", "My knee giving way").param("barriers", "transport", "cost")
                        .param("details[transport]", "The 563 bus stops at six").param("details[cost]", ""))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(form("/care-plans/{id}/goals", id).param("version", "1")
                        .param("inTheirWords", "Get back to my allotment").param("progress", "2"))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(form("/care-plans/{id}/actions", id).param("version", "2")
                        .param("serviceId", service.id()).param("link", "action")
                        .param("what", "Go to the walking group on Tuesday").param("who", "Me"))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(form("/care-plans/{id}/msk", id).param("version", "3").param("painScore", "6")
                        .param("whatPainStops", "Kneeling to weed"))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(form("/care-plans/{id}/contingency", id).param("version", "4")
                        .param("ifThingsGetWorse", "Call my daughter").param("whoToContact", "Lee, 01632 960 000"))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(form("/care-plans/{id}/review-date", id).param("version", "5")
                        .param("reviewDueDay", String.valueOf(reviewDay.getDayOfMonth()))
                        .param("reviewDueMonth", String.valueOf(reviewDay.getMonthValue()))
                        .param("reviewDueYear", String.valueOf(reviewDay.getYear())))
                .andExpect(redirectedUrl("/care-plans/" + id));
        mvc.perform(form("/care-plans/{id}/agreement", id).param("version", "6"))
                .andExpect(redirectedUrl("/care-plans/" + id));

        CarePlan agreed = reread(started);
        assertThat(agreed.current().isAgreed()).isTrue();
        assertThat(agreed.conversation().orElseThrow().details().barriers()).hasSize(2);
        GoalId goal = agreed.current().content().goals().getFirst().id();
        mvc.perform(get("/care-plans/{id}", id).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Seeing my friends at the allotment")))
                .andExpect(content().string(containsString("Get back to my allotment")))
                .andExpect(content().string(containsString("Service: " + service.name())))
                .andExpect(content().string(containsString("agreed")));

        mvc.perform(get("/care-plans/{id}/review", id).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Last time: 2 out of 10")));
        LocalDate next = reviewDay.plusWeeks(8);
        mvc.perform(form("/care-plans/{id}/review", id).param("version", String.valueOf(agreed.version()))
                        .param("progress[" + goal + "]", "5").param("status[" + goal + "]", "working-on-it")
                        .param("notes", "Went twice; knee held up")
                        .param("nextReviewDay", String.valueOf(next.getDayOfMonth()))
                        .param("nextReviewMonth", String.valueOf(next.getMonthValue()))
                        .param("nextReviewYear", String.valueOf(next.getYear())))
                .andExpect(redirectedUrl("/care-plans/" + id));

        mvc.perform(get("/care-plans/{id}/history", id).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Went twice; knee held up")))
                .andExpect(content().string(containsString("Progress on &quot;Get back to my allotment&quot;: 2 to 5 out of 10")));
        mvc.perform(get("/care-plans/{id}/print", id).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("My care and support plan")))
                .andExpect(content().string(containsString("Where I am now: 5 out of 10")));
    }

    @Test
    void theConversationFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        CarePlan plan = test.started("Tobias");
        TestReferrals.signOut();

        mvc.perform(form("/care-plans/{id}/conversation", plan.id()).param("version", String.valueOf(plan.version()))
                        .param("whatMatters", " ").param("enjoys", "Fishing").param("barriers", "language")
                        .param("details[language]", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: What matters to me")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter what matters to them, in their words")))
                .andExpect(content().string(containsString("Language must be 500 characters or fewer")))
                .andExpect(content().string(containsString("href=\"#details-language\"")))
                .andExpect(content().string(containsString("Fishing")));
        assertThat(reread(plan).conversations()).isEmpty();
    }

    @Test
    void aLinkWorkerFindsADirectoryServiceForAnAction() throws Exception {
        CarePlan plan = test.started("Winifred");
        TestReferrals.signOut();

        mvc.perform(get("/care-plans/{id}/services", plan.id()).param("q", "walking").with(as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("services found")))
                .andExpect(content().string(containsString("href=\"/care-plans/" + plan.id() + "/actions/new?serviceId=")));
    }

    @Test
    void theGoalFormRefusesProgressOutsideZeroToTen() throws Exception {
        CarePlan plan = test.started("Ursula");
        TestReferrals.signOut();

        mvc.perform(form("/care-plans/{id}/goals", plan.id()).param("version", String.valueOf(plan.version()))
                        .param("inTheirWords", "Swim a length").param("progress", "eleven"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Progress must be from 0 to 10")))
                .andExpect(content().string(containsString("Swim a length")));
    }

    @Test
    void aChangeFromAnOutdatedPageIsRefusedWithTheConflictMessage() throws Exception {
        CarePlan plan = test.started("Valentine");
        TestReferrals.signOut();
        mvc.perform(form("/care-plans/{id}/goals", plan.id()).param("version", "0")
                .param("inTheirWords", "Cook for friends").param("progress", "1"));

        mvc.perform(form("/care-plans/{id}/goals", plan.id()).param("version", "0")
                        .param("inTheirWords", "Paint again").param("progress", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this plan")));
        assertThat(reread(plan).current().content().goals()).hasSize(1);
    }

    @Test
    void otherRolesAndOtherPlacesCannotOpenAPlan() throws Exception {
        CarePlan plan = test.started("Wilfred");
        TestReferrals.signOut();
        String elsewhere = TestCarePlans.otherPlaceLinkWorker(jdbc);

        for (String role : List.of("referrer", "commissioner", "provider")) {
            mvc.perform(get("/care-plans/{id}", plan.id()).with(as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/care-plans/{id}/plan.pdf", plan.id()).with(as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/care-plans/{id}", plan.id()).with(as(elsewhere))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Wilfred"))));
        mvc.perform(get("/care-plans/{id}", plan.id())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/care-plans/{id}", plan.id()).with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void thePdfHasTheGoalsAndActionsAndLargePrintIsEighteenPointOrMore() throws Exception {
        CarePlan plan = test.agreed("Xanthe", LocalDate.now(UK).plusWeeks(4));
        TestReferrals.signOut();

        byte[] standard = mvc.perform(get("/care-plans/{id}/plan.pdf", plan.id()).with(as("linkworker")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("care-plan-version-1.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] large = mvc.perform(get("/care-plans/{id}/plan.pdf", plan.id()).param("large", "true").with(as("linkworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        PlanPdfText text = PlanPdfText.of(standard);
        assertThat(text.text()).contains("My care and support plan").contains("Bea " + TestCarePlans.FAMILY_NAME)
                .contains("Goal 1: Walk to the allotment again").contains("Where I am now: 3 out of 10")
                .contains("Try the Tuesday health walk").contains("Who: Me")
                .contains("This helps with: Walk to the allotment again");
        assertThat(text.smallestFontPoints()).isLessThan(18f);
        PlanPdfText largeText = PlanPdfText.of(large);
        assertThat(largeText.text()).contains("Walk to the allotment again").contains("Try the Tuesday health walk");
        assertThat(largeText.smallestFontPoints()).isGreaterThanOrEqualTo(18f);
    }

    @Test
    void theCaseloadShowsThePlansReviewsOverdueFirst() throws Exception {
        clock.set(LocalDate.of(2026, 2, 2).atTime(9, 0).atZone(UK).toInstant());
        CarePlan overdue = test.agreed("Yolanda", LocalDate.of(2026, 2, 9));
        TestReferrals.signOut();
        clock.set(LocalDate.of(2026, 2, 16).atTime(9, 0).atZone(UK).toInstant());

        mvc.perform(get("/caseload").with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/care-plans/reviews/summary\"")));
        mvc.perform(get("/care-plans/reviews/summary").with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yolanda " + TestCarePlans.FAMILY_NAME)))
                .andExpect(content().string(containsString("/care-plans/" + overdue.id())))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
