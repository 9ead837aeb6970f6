package org.linkwork.referrals.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linkwork.referrals.TestReferrals.referralJson;
import static org.linkwork.referrals.web.ReferralApiTests.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * With a safe caseload configured low, the caseload page warns once a link worker has more open
 * referrals, or has taken on more in twelve months, than is safe.
 */
@SpringBootTest(properties = {"linkwork.referrals.safe-caseload.active=2", "linkwork.referrals.safe-caseload.yearly=3"})
@AutoConfigureMockMvc
class CaseloadWarningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    @Test
    void warnsWhenTheCaseloadIsAboveTheConfiguredSafeSize() throws Exception {
        allocateANewReferral("Ursula");
        allocateANewReferral("Valerian");
        mvc.perform(get("/caseload").with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("caseload-warning"))));

        allocateANewReferral("Winifred");
        mvc.perform(get("/caseload").with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(content().string(containsString("caseload-warning")))
                .andExpect(content().string(containsString("You have 3 people open on your caseload. The safe number is 2.")))
                .andExpect(content().string(not(containsString("in the last 12 months. The safe number"))));

        allocateANewReferral("Xavier");
        mvc.perform(get("/caseload").with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(content().string(containsString(
                        "You have taken on 4 referrals in the last 12 months. The safe number is 3 a year.")));
    }

    private void allocateANewReferral(String givenName) throws Exception {
        String id = json.readTree(mvc.perform(postJson("/api/v1/referrals", "referrer", referralJson(givenName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/referrals/{id}/allocation", id).with(user(users.loadUserByUsername("linkworker"))).with(csrf())
                        .param("linkWorker", "me").param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }
}
