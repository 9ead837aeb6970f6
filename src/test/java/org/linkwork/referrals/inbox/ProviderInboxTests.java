package org.linkwork.referrals.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.Service;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestOnwardReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The provider inbox through its pages and the JSON API, as the demo provider of "Halifax Joint and
 * Mobility Group" uses it.
 */
@ClosedLoopTest
class ProviderInboxTests {

    private static final String PASSWORD = "demo-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    DirectorySearch search;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    TestOnwardReferrals onward;
    Service ours;

    @BeforeEach
    void theDemoProvidersService() {
        onward = new TestOnwardReferrals(referrals, directory, users);
        ours = onward.providersService();
    }

    RequestPostProcessor provider() {
        return user(users.loadUserByUsername("provider"));
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(provider())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    OnwardReferralStatus statusOf(OnwardReferral referral) {
        return OnwardReferralStatus.fromCode(jdbc.sql("select status from onward_referral where id = :id")
                .param("id", referral.id().value()).query(String.class).single());
    }

    @Test
    void aProviderSeesTheReferralsToItsOrganisationAndNoOther() throws Exception {
        OnwardReferral toUs = onward.referOn("Araminta", ours.id(), true);
        OnwardReferral toOthers = onward.referOn("Bartholomew", onward.anotherOrganisationsService().id(), true);

        String inbox = page("/provider/referrals");

        assertThat(inbox).contains("Araminta Q.").contains(toUs.id().toString()).doesNotContain("Bartholomew")
                .doesNotContain(toOthers.id().toString());
        mvc.perform(get("/provider/referrals/{id}", toOthers.id().value()).with(provider()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/provider/referrals/{id}/accept", toOthers.id().value()).with(provider()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/provider/referrals/{id}", toOthers.id().value()).with(httpBasic("provider", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/provider/referrals").param("organisation", toOthers.organisationId()).with(provider()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Bartholomew"))));
        assertThat(statusOf(toOthers)).isEqualTo(OnwardReferralStatus.REQUESTED);
    }

    @Test
    void anAdministratorChoosesTheOrganisationFirst() throws Exception {
        OnwardReferral referral = onward.referOn("Barnaby", ours.id(), true);
        RequestPostProcessor admin = user(users.loadUserByUsername("admin"));

        mvc.perform(get("/provider/referrals").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an organisation")))
                .andExpect(content().string(containsString("Halifax Joint and Mobility Group")));
        mvc.perform(get("/provider/referrals").param("organisation", referral.organisationId()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Barnaby Q.")));
        mvc.perform(get("/provider/referrals").with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void newReferralsComeFirstOldestFirst() throws Exception {
        OnwardReferral first = onward.referOn("Clementine", ours.id(), true);
        OnwardReferral second = onward.referOn("Cornelius", ours.id(), true);
        OnwardReferral accepted = onward.referOn("Cressida", ours.id(), true);
        onward.answer(accepted.id(), OnwardReferralStatus.ACCEPTED, Reason.NONE);

        String inbox = page("/provider/referrals");

        assertThat(inbox.indexOf("Clementine Q.")).isLessThan(inbox.indexOf("Cornelius Q."));
        assertThat(inbox.indexOf("Cornelius Q.")).isLessThan(inbox.indexOf("Under way"));
        assertThat(inbox.indexOf("Cressida Q.")).isGreaterThan(inbox.indexOf("Under way"));
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void showsTheLeastOfThePersonAndHowToReachThemOnlyWithTheirConsent() throws Exception {
        String sharedNhsNumber = TestPeople.nhsNumber();
        OnwardReferral shared = onward.referOn("Delphine", sharedNhsNumber, ours.id(), true);
        OnwardReferral notShared = onward.referOn("Ebenezer", ours.id(), false);

        String sharedPage = page("/provider/referrals/" + shared.id());
        String notSharedPage = page("/provider/referrals/" + notShared.id());
        String inbox = page("/provider/referrals");

        assertThat(sharedPage).contains("Delphine Q.").contains("01632 960 001").contains("bea@example.com")
                .doesNotContain(TestOnwardReferrals.FAMILY_NAME).doesNotContain(sharedNhsNumber)
                .doesNotContain("12 Imaginary Row");
        assertThat(notSharedPage).contains("Details not shared").contains("have not agreed to share")
                .doesNotContain("Ebenezer").doesNotContain("01632 960 001").doesNotContain("bea@example.com");
        assertThat(inbox).doesNotContain("Ebenezer");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where actor = 'provider' and action = 'person.summary.read'
                    and reason = 'provider inbox'
                    and subject_id = (select person_id::text from referral r join onward_referral o
                                      on o.referral_id = r.id where o.id = :id)
                """).param("id", shared.id().value()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where actor = 'provider' and action = 'person.summary.read'
                    and subject_id = (select person_id::text from referral r join onward_referral o
                                      on o.referral_id = r.id where o.id = :id)
                """).param("id", notShared.id().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where actor = 'provider' and action = 'onward-referral.read'
                    and subject_id = :id and reason = 'provider inbox'
                """).param("id", notShared.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void acceptingTakesAPlaceThatSearchAndTheServicePageShow() throws Exception {
        mvc.perform(post("/provider/capacity/{id}", ours.id()).with(provider()).with(csrf())
                        .param("kind", "places").param("places", "2"))
                .andExpect(status().is3xxRedirection());
        OnwardReferral one = onward.referOn("Ferdinand", ours.id(), true);
        OnwardReferral two = onward.referOn("Georgiana", ours.id(), true);
        OnwardReferral three = onward.referOn("Horatio", ours.id(), true);

        accept(one);
        assertThat(hit().capacity()).isEqualTo("1 place left");
        mvc.perform(get("/services/{id}", ours.id())).andExpect(content().string(containsString("1 place left")));

        accept(two);
        accept(three);
        assertThat(hit().capacity()).isEqualTo("Full \u2014 waiting list");
        assertThat(directory.capacity(ours.id()).placesLeft()).isZero();
        mvc.perform(get("/services/{id}", ours.id())).andExpect(content().string(containsString("Full \u2014 waiting list")));
        assertThat(page("/provider/referrals")).contains("Full \u2014 waiting list");

        mvc.perform(post("/provider/capacity/{id}", ours.id()).with(provider()).with(csrf()).param("kind", "waiting-list"))
                .andExpect(status().is3xxRedirection());
        assertThat(hit().capacity()).isEqualTo("Waiting list");
    }

    @Test
    void capacityMustBeANumberOfPlacesOrAWaitingList() throws Exception {
        mvc.perform(post("/provider/capacity/{id}", ours.id()).with(provider()).with(csrf())
                        .param("kind", "places").param("places", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how many places are left")));
        mvc.perform(post("/provider/capacity/{id}", onward.anotherOrganisationsService().id()).with(provider())
                        .with(csrf()).param("kind", "waiting-list"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theJsonApiSetsPlacesOnlyOnTheOrganisationsOwnServices() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/provider/services/{id}/capacity", ours.id())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"places\", \"places\": 7}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placesLeft").value(7))
                .andExpect(jsonPath("$.words").value("7 places left"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/provider/services/{id}/capacity", ours.id())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"places\", \"places\": -1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("places"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/provider/services/{id}/capacity", onward.anotherOrganisationsService().id())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"waiting-list\"}"))
                .andExpect(status().isNotFound());
        assertThat(directory.capacity(ours.id()).placesLeft()).isEqualTo(7);
    }

    @Test
    void decliningNeedsAReason() throws Exception {
        OnwardReferral referral = onward.referOn("Imogen", ours.id(), true);

        page("/provider/referrals/" + referral.id() + "/decline");
        mvc.perform(post("/provider/referrals/{id}/decline", referral.id().value()).with(provider()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/provider/referrals/{id}/decline", referral.id().value()).with(provider()).with(csrf())
                        .param("reason", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say in words why")));
        assertThat(statusOf(referral)).isEqualTo(OnwardReferralStatus.REQUESTED);

        mvc.perform(post("/provider/referrals/{id}/decline", referral.id().value()).with(provider()).with(csrf())
                        .param("reason", "no-capacity"))
                .andExpect(redirectedUrl("/provider/referrals/" + referral.id()));
        assertThat(statusOf(referral)).isEqualTo(OnwardReferralStatus.REJECTED);
        assertThat(page("/provider/referrals/" + referral.id())).contains("No capacity");
    }

    @Test
    void aMoveTheTaskStatesRefuseIsShownInTheErrorSummary() throws Exception {
        OnwardReferral referral = onward.referOn("Jocasta", ours.id(), true);

        mvc.perform(post("/provider/referrals/{id}/complete", referral.id().value()).with(provider()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#actions\"")))
                .andExpect(content().string(containsString("cannot become completed")));
        assertThat(statusOf(referral)).isEqualTo(OnwardReferralStatus.REQUESTED);
    }

    @Test
    void recordsSessionsThenCompletes() throws Exception {
        OnwardReferral referral = onward.referOn("Leopold", ours.id(), true);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        mvc.perform(attendance(referral, today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accept the referral before you record a session")));
        accept(referral);
        mvc.perform(attendance(referral, today.plusDays(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("The session must have happened")));

        mvc.perform(attendance(referral, today)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(referral)).isEqualTo(OnwardReferralStatus.IN_PROGRESS);
        mvc.perform(attendance(referral, today)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(referral)).isEqualTo(OnwardReferralStatus.IN_PROGRESS);
        assertThat(page("/provider/referrals/" + referral.id()))
                .contains("<dd class=\"nhsuk-summary-list__value\" id=\"sessions-attended\">2</dd>");

        mvc.perform(post("/provider/referrals/{id}/complete", referral.id().value()).with(provider()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(referral)).isEqualTo(OnwardReferralStatus.COMPLETED);
        mvc.perform(attendance(referral, today))
                .andExpect(content().string(containsString("Sessions are recorded only while a referral is accepted or in progress")));
    }

    @Test
    void theJsonApiListsRecordsSessionsAndFails() throws Exception {
        OnwardReferral referral = onward.referOn("Marmaduke", ours.id(), false);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        mvc.perform(get("/api/v1/provider/referrals").with(httpBasic("provider", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].status".formatted(referral.id())).value("requested"))
                .andExpect(jsonPath("$[?(@.id == '%s')].person.shared".formatted(referral.id())).value(false));
        mvc.perform(post("/api/v1/provider/referrals/{id}/sessions", referral.id().value())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"%s\"}".formatted(today)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.referralStatus").value("requested"));
        onward.answer(referral.id(), OnwardReferralStatus.ACCEPTED, Reason.NONE);
        mvc.perform(post("/api/v1/provider/referrals/{id}/sessions", referral.id().value())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"%s\", \"note\": \"First walk\"}".formatted(today)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/onward-referrals/{id}/status", referral.id().value())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"failed\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/onward-referrals/{id}/status", referral.id().value())
                        .with(httpBasic("provider", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"failed\", \"reason\": \"person-declined\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/provider/referrals/{id}", referral.id().value()).with(httpBasic("provider", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("failed"))
                .andExpect(jsonPath("$.sessionsAttended").value(1))
                .andExpect(jsonPath("$.sessions[0].note").value("First walk"))
                .andExpect(jsonPath("$.person.phone").doesNotExist());
    }

    private void accept(OnwardReferral referral) throws Exception {
        mvc.perform(post("/provider/referrals/{id}/accept", referral.id().value()).with(provider()).with(csrf()))
                .andExpect(redirectedUrl("/provider/referrals/" + referral.id()));
    }

    private org.springframework.test.web.servlet.RequestBuilder attendance(OnwardReferral referral, LocalDate on) {
        return post("/provider/referrals/{id}/attendance", referral.id().value()).with(provider()).with(csrf())
                .param("day", String.valueOf(on.getDayOfMonth())).param("month", String.valueOf(on.getMonthValue()))
                .param("year", String.valueOf(on.getYear())).param("note", "Came with a friend");
    }

    private SearchHit hit() {
        return search.search(SearchQuery.builder().organization(ours.organizationId()).includeOutOfDate(true).page(1, 100).build()).hits()
                .stream().filter(h -> h.serviceId().equals(ours.id())).findFirst().orElseThrow();
    }
}
