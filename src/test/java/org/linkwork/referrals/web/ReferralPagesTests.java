package org.linkwork.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linkwork.referrals.TestReferrals.referralJson;
import static org.linkwork.referrals.web.ReferralApiTests.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linkwork.people.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ReferralPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String refer(String givenName) throws Exception {
        return json.readTree(mvc.perform(postJson("/api/v1/referrals", "referrer", referralJson(givenName)))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Autowired
    UserDetailsService users;

    /** Signed in as a demo account, as the sign-in form would. */
    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    MockHttpServletRequestBuilder form(String path, String user, Object... vars) {
        return post(path, vars).with(as(user)).with(csrf());
    }

    @Test
    void aReferrerRefersSomeoneThroughTheFormAndFollowsItOnMyReferrals() throws Exception {
        String nhs = TestPeople.nhsNumber();
        var birthDate = TestPeople.birthDate();
        String location = mvc.perform(form("/refer", "referrer")
                        .param("givenName", "Hermione").param("familyName", "Pettigrew")
                        .param("birthDateDay", String.valueOf(birthDate.getDayOfMonth()))
                        .param("birthDateMonth", String.valueOf(birthDate.getMonthValue()))
                        .param("birthDateYear", String.valueOf(birthDate.getYear()))
                        .param("nhsNumber", nhs).param("postcode", "HX1 1UJ").param("phone", "01632 960 456")
                        .param("source", "physio").param("reason", "Knee pain and low mood")
                        .param("needs", "msk-friendly-exercise").param("urgency", "soon").param("consent", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/refer/sent"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/refer/sent");

        mvc.perform(get("/my-referrals").with(as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hermione Pettigrew")))
                .andExpect(content().string(containsString("Knee pain and low mood")));
    }

    @Test
    void theReferralFormShowsEachProblemNextToItsField() throws Exception {
        mvc.perform(form("/refer", "referrer").param("givenName", "Ignatius").param("birthDateDay", "31")
                        .param("birthDateMonth", "2").param("birthDateYear", "1950").param("nhsNumber", "9990000027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("This is not a valid NHS number")))
                .andExpect(content().string(containsString("A referral needs the person&#39;s agreement")));
    }

    @Test
    void aMemberOfThePublicRefersThemselfWithoutSigningIn() throws Exception {
        mvc.perform(get("/self-referral")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask for help from a link worker")));
        var birthDate = TestPeople.birthDate();
        mvc.perform(selfReferral("Jemima", birthDate, "192.0.2.10"))
                .andExpect(redirectedUrl("/self-referral/sent"));

        List<String> made = jdbc.sql("""
                select r.source || ' ' || r.referred_by || ' ' || r.place_id || ' ' || r.status from referral r
                join person p on p.id = r.person_id where p.given_name = 'Jemima' and p.birth_date = :birthDate
                """).param("birthDate", birthDate).query(String.class).list();
        assertThat(made).containsExactly("self public calderdale received");
    }

    @Test
    void aFilledHoneypotIsThankedButMakesNoReferral() throws Exception {
        var birthDate = TestPeople.birthDate();
        mvc.perform(selfReferral("Kilian", birthDate, "192.0.2.11").param("website", "http://spam.example"))
                .andExpect(redirectedUrl("/self-referral/sent"));

        assertThat(jdbc.sql("select count(*) from person where given_name = 'Kilian' and birth_date = :birthDate")
                .param("birthDate", birthDate).query(Integer.class).single()).isZero();
    }

    @Test
    void oneAddressMayReferFiveTimesAnHour() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(selfReferral("Lavinia", TestPeople.birthDate(), "192.0.2.12"))
                    .andExpect(redirectedUrl("/self-referral/sent"));
        }
        mvc.perform(selfReferral("Lavinia", TestPeople.birthDate(), "192.0.2.12"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("try again in an hour")));
        mvc.perform(selfReferral("Lavinia", TestPeople.birthDate(), "192.0.2.13"))
                .andExpect(redirectedUrl("/self-referral/sent"));
    }

    @Test
    void aSelfReferralWithoutAgreementIsRefusedInPlainEnglish() throws Exception {
        mvc.perform(selfReferral("Montague", TestPeople.birthDate(), "192.0.2.14", false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick the box to say you agree to be referred")));
    }

    @Test
    void aLinkWorkerSeesTheQueueAndTheReferralAndEveryReadOfThePersonIsAudited() throws Exception {
        String id = refer("Nerissa");
        mvc.perform(get("/referrals").with(as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nerissa Quillfeather")));
        mvc.perform(get("/referrals/{id}", id).with(as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nerissa Quillfeather")))
                .andExpect(content().string(containsString("Lonely since moving")));

        String personId = jdbc.sql("select person_id::text from referral where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
        assertThat(jdbc.sql("""
                select reason from audit_event where subject_type = 'person' and subject_id = :id
                and action = 'person.summary.read' and actor = 'linkworker' order by id
                """).param("id", personId).query(String.class).list())
                .contains(LinkWorkerPagesController.QUEUE_REASON, LinkWorkerPagesController.REFERRAL_REASON);
    }

    @Test
    void aLinkWorkerAllocatesRecordsAContactAndTheReferralBecomesActive() throws Exception {
        String id = refer("Octavia");
        mvc.perform(form("/referrals/{id}/allocation", "linkworker", id).param("linkWorker", "me").param("version", "0"))
                .andExpect(redirectedUrl("/referrals/" + id));
        mvc.perform(form("/referrals/{id}/contacts", "linkworker", id).param("kind", "call").param("outcome", "spoke")
                        .param("contactNote", "Keen on a walking group"))
                .andExpect(redirectedUrl("/referrals/" + id));
        mvc.perform(form("/referrals/{id}/appointments", "linkworker", id).param("day", "1").param("month", "6")
                        .param("year", "2099").param("time", "10:30").param("location", "Halifax library"))
                .andExpect(redirectedUrl("/referrals/" + id));
        mvc.perform(form("/referrals/{id}/notes", "linkworker", id).param("noteText", "Prefers mornings"))
                .andExpect(redirectedUrl("/referrals/" + id));

        mvc.perform(get("/referrals/{id}", id).with(as("linkworker")))
                .andExpect(content().string(containsString("Keen on a walking group")))
                .andExpect(content().string(containsString("Halifax library")))
                .andExpect(content().string(containsString("Prefers mornings")));
        assertThat(jdbc.sql("select status || ' ' || allocated_to from referral where id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("active linkworker");
        mvc.perform(get("/caseload").with(as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Octavia Quillfeather")))
                .andExpect(content().string(containsString("1 June 2099")))
                .andExpect(content().string(not(containsString("caseload-warning"))));
    }

    @Test
    void twoLinkWorkersAllocatingFromTheSameVersionDoNotOverwriteEachOther() throws Exception {
        String id = refer("Percival");
        mvc.perform(form("/referrals/{id}/allocation", "linkworker", id).param("linkWorker", "me").param("version", "0"))
                .andExpect(redirectedUrl("/referrals/" + id));
        mvc.perform(form("/referrals/{id}/allocation", "admin", id).param("linkWorker", "linkworker").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this referral")));
        mvc.perform(form("/referrals/{id}/discharge", "linkworker", id).param("dischargeReason", "goals-met")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select version from referral where id = :id").param("id", UUID.fromString(id))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aLinkWorkerFindsAServiceToReferOnTo() throws Exception {
        String id = refer("Ottoline");
        mvc.perform(get("/referrals/{id}/services", id).param("q", "walking").with(as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("services found")))
                .andExpect(content().string(containsString("href=\"/referrals/" + id + "/services/")))
                .andExpect(content().string(not(containsString("{serviceId}"))));
    }

    @Test
    void theReferOnPageSaysHowTheServiceAnswersReferrals() throws Exception {
        String id = refer("Philippa");
        String serviceId = jdbc.sql("select id from service where status = 'active' order by id limit 1").query(String.class).single();

        mvc.perform(get("/referrals/{id}/services/{serviceId}", id, serviceId).with(as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How this service answers referrals: not enough referrals yet.")));
    }

    @Test
    void aRefusedStatusChangeIsExplainedOnThePage() throws Exception {
        String id = refer("Rowena");
        String serviceId = jdbc.sql("select id from service where status = 'active' order by id limit 1").query(String.class).single();
        mvc.perform(form("/referrals/{id}/onward", "linkworker", id).param("serviceId", serviceId).param("kind", "referral"))
                .andExpect(redirectedUrlPattern("/referrals/*"));
        String onward = jdbc.sql("select id::text || ':' || version from onward_referral where referral_id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single();

        mvc.perform(form("/referrals/{id}/onward-status", "linkworker", id).param("onward", onward).param("status", "completed"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("An onward referral that is requested cannot become completed")));
        mvc.perform(form("/referrals/{id}/onward-status", "linkworker", id).param("onward", onward).param("status", "rejected"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose why the onward referral is rejected")));
        mvc.perform(form("/referrals/{id}/onward-status", "linkworker", id).param("onward", onward).param("status", "rejected")
                        .param("reasonCode", "not-eligible"))
                .andExpect(redirectedUrl("/referrals/" + id));
    }

    @Test
    void eachRoleReachesOnlyItsOwnPages() throws Exception {
        String id = refer("Saskia");
        for (String page : List.of("/referrals", "/referrals/" + id, "/caseload")) {
            for (String user : List.of("referrer", "provider", "commissioner")) {
                mvc.perform(get(page).with(as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        }
        for (String user : List.of("provider", "commissioner")) {
            mvc.perform(get("/refer").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/my-referrals").with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/my-referrals").with(as("linkworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/{id}", UUID.randomUUID()).with(as("linkworker")))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder selfReferral(String givenName, java.time.LocalDate birthDate,
            String address) {
        return selfReferral(givenName, birthDate, address, true);
    }

    private static MockHttpServletRequestBuilder selfReferral(String givenName, java.time.LocalDate birthDate,
            String address, boolean consent) {
        return post("/self-referral").with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("givenName", givenName).param("familyName", "Underhill")
                .param("birthDateDay", String.valueOf(birthDate.getDayOfMonth()))
                .param("birthDateMonth", String.valueOf(birthDate.getMonthValue()))
                .param("birthDateYear", String.valueOf(birthDate.getYear()))
                .param("postcode", "HX1 1UJ").param("phone", "01632 960 789")
                .param("reason", "I would like to meet people").param("consent", String.valueOf(consent));
    }
}
