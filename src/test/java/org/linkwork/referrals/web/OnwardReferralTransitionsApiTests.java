package org.linkwork.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkwork.referrals.TestReferrals.referralJson;
import static org.linkwork.referrals.web.ReferralApiTests.PASSWORD;
import static org.linkwork.referrals.web.ReferralApiTests.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.referrals.OnwardReferralStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every pair of task states, through the API: the moves of the HL7 SDOH Clinical Care task state
 * machine are made, every other move is refused with 409 and a message naming both states.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OnwardReferralTransitionsApiTests {

    /** How to reach each state from requested, by allowed moves. */
    private static final Map<OnwardReferralStatus, List<String>> PATH = Map.of(
            OnwardReferralStatus.REQUESTED, List.of(),
            OnwardReferralStatus.ACCEPTED, List.of("accepted"),
            OnwardReferralStatus.REJECTED, List.of("rejected"),
            OnwardReferralStatus.CANCELLED, List.of("cancelled"),
            OnwardReferralStatus.IN_PROGRESS, List.of("accepted", "in-progress"),
            OnwardReferralStatus.ON_HOLD, List.of("accepted", "on-hold"),
            OnwardReferralStatus.COMPLETED, List.of("accepted", "completed"),
            OnwardReferralStatus.FAILED, List.of("accepted", "failed"),
            OnwardReferralStatus.ENTERED_IN_ERROR, List.of("entered-in-error"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Directory directory;

    private static String referralId;

    static Stream<Arguments> everyPairOfStates() {
        return Arrays.stream(OnwardReferralStatus.values())
                .flatMap(from -> Arrays.stream(OnwardReferralStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void movesExactlyAsTheTaskStatesAllow(OnwardReferralStatus from, OnwardReferralStatus to) throws Exception {
        String onward = onwardReferralIn(from);

        MockHttpServletResponse response = change(onward, to.code());

        JsonNode body = json.readTree(response.getContentAsString());
        if (from.canMoveTo(to)) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            assertThat(body.get("status").asString()).isEqualTo(to.code());
        } else {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(409);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(body.get("detail").asString()).contains(from.code()).contains(to.code());
            assertThat(body.get("from").asString()).isEqualTo(from.code());
            JsonNode now = json.readTree(mvc.perform(get("/api/v1/onward-referrals/{id}", onward)
                    .with(httpBasic("linkworker", PASSWORD))).andReturn().getResponse().getContentAsString());
            assertThat(now.get("status").asString()).isEqualTo(from.code());
        }
    }

    private String onwardReferralIn(OnwardReferralStatus state) throws Exception {
        if (referralId == null) {
            referralId = json.readTree(mvc.perform(postJson("/api/v1/referrals", "referrer", referralJson("Gwendolen")))
                    .andReturn().getResponse().getContentAsString()).get("id").asString();
        }
        Service service = directory.organizations(0, 5).stream().flatMap(o -> directory.servicesOf(o.id()).stream())
                .filter(Service::isActive).findFirst().orElseThrow();
        MockHttpServletResponse made = mvc.perform(postJson("/api/v1/referrals/{id}/onward", "linkworker",
                "{\"serviceId\": \"%s\"}".formatted(service.id()), referralId)).andReturn().getResponse();
        assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
        String id = json.readTree(made.getContentAsString()).get("id").asString();
        for (String step : PATH.get(state)) {
            assertThat(change(id, step).getStatus()).isEqualTo(200);
        }
        return id;
    }

    /** Changes status with a reason, so that only the move itself can be refused. */
    private MockHttpServletResponse change(String onwardId, String status) throws Exception {
        return mvc.perform(postJson("/api/v1/onward-referrals/{id}/status", "linkworker",
                "{\"status\": \"%s\", \"reason\": \"not-eligible\"}".formatted(status), onwardId))
                .andReturn().getResponse();
    }
}
