package org.linkwork.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.linkwork.referrals.TestReferrals.referralJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.directory.demo.DemoDirectory;
import org.linkwork.people.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ReferralApiTests {

    static final String PASSWORD = "demo-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Directory directory;

    static MockHttpServletRequestBuilder postJson(String path, String user, String body, Object... vars) {
        return post(path, vars).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    String refer(String user, String givenName) throws Exception {
        return send(postJson("/api/v1/referrals", user, referralJson(givenName)), 201).get("id").asString();
    }

    @Test
    void aReferrerSendsAReferralAndReadsItBack() throws Exception {
        MockHttpServletResponse response = mvc.perform(postJson("/api/v1/referrals", "referrer", referralJson("Ottoline")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("received"))
                .andExpect(jsonPath("$.person.id").isString())
                .andReturn().getResponse();
        JsonNode body = json.readTree(response.getContentAsString());
        String id = body.get("id").asString();
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/referrals/" + id);

        mvc.perform(get("/api/v1/referrals/{id}", id).with(httpBasic("referrer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("received"))
                .andExpect(jsonPath("$.person.id").value(body.get("person").get("id").asString()))
                .andExpect(jsonPath("$.source").value("gp"))
                .andExpect(jsonPath("$.needs").value(containsInAnyOrder("walking", "loneliness-social-connection")))
                .andExpect(jsonPath("$.referredBy").value("api:referrer"))
                .andExpect(jsonPath("$.onwardReferrals").isArray());

        assertThat(jdbc.sql("select count(*) from person_consent where person_id = :id and scope = 'REFERRAL' and given")
                .param("id", UUID.fromString(body.get("person").get("id").asString())).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select actor from audit_event where action = 'referral.read' and subject_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("referrer");
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneReferralAndReturnsTheSameBody() throws Exception {
        String key = UUID.randomUUID().toString();
        String request = referralJson("Peregrine");
        String first = mvc.perform(postJson("/api/v1/referrals", "referrer", request).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(postJson("/api/v1/referrals", "referrer", request).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(again)).isEqualTo(json.readTree(first));
        assertThat(referralsOfPerson(json.readTree(first).get("person").get("id").asString())).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(postJson("/api/v1/referrals", "referrer", referralJson("Quentin")).header("Idempotency-Key", key))
                .andExpect(status().isCreated());
        mvc.perform(postJson("/api/v1/referrals", "referrer", referralJson("Rosamund")).header("Idempotency-Key", key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void twoSimultaneousRequestsWithOneKeyMakeOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String request = referralJson("Sebastian");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> responses = List.of(1, 2).stream().map(n -> threads.submit(() -> {
                start.await();
                MockHttpServletResponse response = mvc.perform(
                        postJson("/api/v1/referrals", "referrer", request).header("Idempotency-Key", key))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
                return response.getContentAsString();
            })).toList();
            start.countDown();
            JsonNode first = json.readTree(responses.get(0).get());
            JsonNode second = json.readTree(responses.get(1).get());

            assertThat(second.get("id")).isEqualTo(first.get("id"));
            assertThat(referralsOfPerson(first.get("person").get("id").asString())).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aWrongNhsNumberCheckDigitIsAProblemNamingTheField() throws Exception {
        mvc.perform(postJson("/api/v1/referrals", "referrer",
                        referralJson("Tabitha", TestPeople.birthDate(), "9990000027", true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("person.nhsNumber"));
    }

    @Test
    void aReferralWithoutConsentIsRefused() throws Exception {
        mvc.perform(postJson("/api/v1/referrals", "referrer",
                        referralJson("Ulrich", TestPeople.birthDate(), TestPeople.nhsNumber(), false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consent"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("agreement")));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        String body = """
                {"person": {"givenName": "", "familyName": "Quillfeather", "birthDate": "14/03/1956",
                            "postcode": "not a postcode"},
                 "source": "hospital", "reason": "", "needs": ["walking", "no-such-need"], "urgency": "urgent"}
                """;
        mvc.perform(postJson("/api/v1/referrals", "referrer", body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("person.givenName",
                        "person.birthDate", "person.postcode", "source", "reason", "needs", "urgency", "consent")));
        mvc.perform(postJson("/api/v1/referrals", "referrer",
                        referralJson("Valentine", java.time.LocalDate.of(2999, 1, 1), TestPeople.nhsNumber(), true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("person.birthDate")));
    }

    @Test
    void aReferrerSeesOnlyTheirOwnReferrals() throws Exception {
        String linkWorkers = refer("linkworker", "Wilhelmina");
        mvc.perform(get("/api/v1/referrals/{id}", linkWorkers).with(httpBasic("referrer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/referrals/{id}", linkWorkers).with(httpBasic("linkworker", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/referrals/{id}", linkWorkers).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void commissionersProvidersAndAnonymousCallersAreKeptOut() throws Exception {
        String id = refer("referrer", "Xanthe");
        for (String user : List.of("commissioner", "provider")) {
            mvc.perform(get("/api/v1/referrals/{id}", id).with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(postJson("/api/v1/referrals", user, referralJson("Yorick"))).andExpect(status().isForbidden());
        }
        mvc.perform(postJson("/api/v1/referrals/{id}/onward", "commissioner", "{\"serviceId\": \"x\"}", id))
                .andExpect(status().isForbidden());
        mvc.perform(postJson("/api/v1/referrals/{id}/onward", "referrer", "{\"serviceId\": \"x\"}", id))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/referrals").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(referralJson("Zeb")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aLinkWorkerRefersOnAndTheReferrerSeesTheOnwardReferral() throws Exception {
        String id = refer("referrer", "Araminta");
        Service walk = anyActiveServiceNotOf(DemoDirectory.PROVIDER_ORGANIZATION_ID);

        MockHttpServletResponse response = mvc.perform(postJson("/api/v1/referrals/{id}/onward", "linkworker",
                        "{\"serviceId\": \"%s\", \"note\": \"Likes mornings\"}".formatted(walk.id()), id))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("requested"))
                .andExpect(jsonPath("$.organisationId").value(walk.organizationId()))
                .andExpect(jsonPath("$.history[0].to").value("requested"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Location")).startsWith("/api/v1/onward-referrals/");

        mvc.perform(get("/api/v1/referrals/{id}", id).with(httpBasic("referrer", PASSWORD)))
                .andExpect(jsonPath("$.onwardReferrals[0].serviceId").value(walk.id()))
                .andExpect(jsonPath("$.onwardReferrals[0].status").value("requested"));
    }

    @Test
    void anUnknownServiceIsAProblemNamingServiceId() throws Exception {
        String id = refer("referrer", "Bartholomew");
        mvc.perform(postJson("/api/v1/referrals/{id}/onward", "linkworker", "{\"serviceId\": \"no-such-service\"}", id))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("serviceId"));
    }

    @Test
    void aProviderAnswersOnlyOnwardReferralsSentToItsOrganisation() throws Exception {
        String id = refer("referrer", "Cordelia");
        Service ours = directory.servicesOf(DemoDirectory.PROVIDER_ORGANIZATION_ID).stream().filter(Service::isActive)
                .findFirst().orElseThrow();
        Service theirs = anyActiveServiceNotOf(DemoDirectory.PROVIDER_ORGANIZATION_ID);
        String toUs = onward(id, ours.id());
        String toThem = onward(id, theirs.id());

        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "provider", "{\"status\": \"accepted\"}", toUs))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.history[1].actor").value("provider"));
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "provider", "{\"status\": \"accepted\"}", toThem))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/onward-referrals/{id}", toThem).with(httpBasic("provider", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "commissioner", "{\"status\": \"accepted\"}", toThem))
                .andExpect(status().isForbidden());
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "referrer", "{\"status\": \"accepted\"}", toThem))
                .andExpect(status().isForbidden());
    }

    @Test
    void rejectingCancellingHoldingOrFailingNeedsAReason() throws Exception {
        String id = refer("referrer", "Desmond");
        String serviceId = anyActiveServiceNotOf(DemoDirectory.PROVIDER_ORGANIZATION_ID).id();

        String rejected = onward(id, serviceId);
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker", "{\"status\": \"rejected\"}", rejected))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker",
                        "{\"status\": \"rejected\", \"reason\": \"other\"}", rejected))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker",
                        "{\"status\": \"rejected\", \"reason\": \"no-capacity\"}", rejected))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[1].reason.code").value("no-capacity"));

        String held = onward(id, serviceId);
        changeStatus(held, "accepted", 200);
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker",
                        "{\"status\": \"on-hold\", \"reason\": \"Group closed for the summer\"}", held))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[2].reason.code").value("other"))
                .andExpect(jsonPath("$.history[2].reason.text").value("Group closed for the summer"));
    }

    @Test
    void aStatusChangeFromAnOutdatedVersionIsRefused() throws Exception {
        String id = refer("referrer", "Evander");
        String onward = onward(id, anyActiveServiceNotOf(DemoDirectory.PROVIDER_ORGANIZATION_ID).id());
        changeStatus(onward, "accepted", 200);
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker", "{\"status\": \"in-progress\"}", onward)
                        .header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker", "{\"status\": \"in-progress\"}", onward)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk());
    }

    String onward(String referralId, String serviceId) throws Exception {
        return send(postJson("/api/v1/referrals/{id}/onward", "linkworker",
                "{\"serviceId\": \"%s\"}".formatted(serviceId), referralId), 201).get("id").asString();
    }

    JsonNode changeStatus(String onwardId, String status, int expected) throws Exception {
        return send(postJson("/api/v1/onward-referrals/{id}/status", "linkworker",
                "{\"status\": \"%s\", \"reason\": \"no-capacity\"}".formatted(status), onwardId), expected);
    }

    Service anyActiveServiceNotOf(String organisationId) {
        return directory.organizations(0, 20).stream().filter(o -> !o.id().equals(organisationId))
                .flatMap(o -> directory.servicesOf(o.id()).stream()).filter(Service::isActive).findFirst().orElseThrow();
    }

    int referralsOfPerson(String personId) {
        return jdbc.sql("select count(*) from referral where person_id = :id").param("id", UUID.fromString(personId))
                .query(Integer.class).single();
    }
}
