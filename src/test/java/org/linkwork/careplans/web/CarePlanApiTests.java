package org.linkwork.careplans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.TestCarePlans;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The care plan JSON API with HTTP Basic, as another system would call it.
 */
@ClosedLoopTest
class CarePlanApiTests {

    private static final String PASSWORD = "demo-password";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CarePlans plans;

    @Autowired
    Referrals referrals;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestReferrals.signOut();
    }

    JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString().isEmpty() ? null : json.readTree(response.getContentAsString());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    CarePlan started(String givenName) {
        CarePlan plan = new TestCarePlans(plans, referrals, users).started(givenName);
        TestReferrals.signOut();
        return plan;
    }

    @Test
    void readsThePlanAndAddsAGoalAndAnAction() throws Exception {
        CarePlan plan = started("Hyacinth");

        JsonNode found = send(get("/api/v1/care-plans").param("referralId", plan.referralId().toString())
                .with(httpBasic("linkworker", PASSWORD)), 200);
        assertThat(found.get("id").asString()).isEqualTo(plan.id().toString());
        JsonNode withGoal = send(json(post("/api/v1/care-plans/{id}/goals", plan.id()), "linkworker", """
                {"version": 0, "inTheirWords": "Dance at my grandson's wedding", "progress": 1}
                """), 200);
        String goalId = withGoal.get("versions").get(0).get("content").get("goals").get(0).get("id").asString();
        assertThat(withGoal.get("version").asInt()).isEqualTo(1);
        JsonNode withAction = send(json(post("/api/v1/care-plans/{id}/actions", plan.id()), "linkworker", """
                {"version": 1, "what": "Ask about the chair-based dance class", "who": "Me", "byWhen": "%s",
                 "goalId": "%s"}
                """.formatted(LocalDate.now(UK).plusWeeks(2), goalId)), 200);
        JsonNode action = withAction.get("versions").get(0).get("content").get("actions").get(0);
        assertThat(action.get("what").asString()).isEqualTo("Ask about the chair-based dance class");
        assertThat(action.get("goalId").asString()).isEqualTo(goalId);
        assertThat(action.get("status").asString()).isEqualTo("to-do");

        JsonNode read = send(get("/api/v1/care-plans/{id}", plan.id()).with(httpBasic("admin", PASSWORD)), 200);
        assertThat(read.get("versions").get(0).get("content").get("goals").get(0).get("inTheirWords").asString())
                .isEqualTo("Dance at my grandson's wedding");
    }

    @Test
    void badInputIsUnprocessableWithEachFieldsProblem() throws Exception {
        CarePlan plan = started("Isadora");

        JsonNode problem = send(json(post("/api/v1/care-plans/{id}/goals", plan.id()), "linkworker", """
                {"version": 0, "inTheirWords": "", "progress": 12}
                """), 422);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("inTheirWords", "progress");
        JsonNode conversation = send(json(put("/api/v1/care-plans/{id}/conversation", plan.id()), "linkworker", """
                {"version": 0, "whatMatters": " ", "barriers": [{"barrier": "transport", "detail": "No car"}]}
                """), 422);
        assertThat(conversation.get("errors").findValuesAsString("field")).containsExactly("whatMatters");
        send(json(put("/api/v1/care-plans/{id}/conversation", plan.id()), "linkworker", """
                {"version": 0, "whatMatters": "Company", "barriers": [{"barrier": "teleportation"}]}
                """), 400);
    }

    @Test
    void aChangeFromAnOutdatedVersionIsAConflict() throws Exception {
        CarePlan plan = started("Jocasta");
        send(json(post("/api/v1/care-plans/{id}/goals", plan.id()), "linkworker", """
                {"version": 0, "inTheirWords": "Read to my grandchildren", "progress": 4}
                """), 200);

        JsonNode problem = send(json(post("/api/v1/care-plans/{id}/goals", plan.id()), "linkworker", """
                {"version": 0, "inTheirWords": "Write letters", "progress": 4}
                """), 409);
        assertThat(problem.get("title").asString()).isEqualTo("Plan changed by someone else");
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        CarePlan plan = started("Leopold");

        for (String role : java.util.List.of("referrer", "commissioner", "provider")) {
            send(get("/api/v1/care-plans/{id}", plan.id()).with(httpBasic(role, PASSWORD)), 403);
        }
        send(get("/api/v1/care-plans/{id}", plan.id()), 401);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        JsonNode document = send(get("/v3/api-docs"), 200);
        assertThat(document.get("paths").has("/api/v1/care-plans/{id}/goals")).isTrue();
        assertThat(document.get("paths").has("/api/v1/care-plans/{id}/actions")).isTrue();
        assertThat(document.get("paths").has("/api/v1/care-plans/{id}/reviews")).isTrue();
    }
}
