package org.linkwork.directory.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linkwork.directory.TestListings.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AdminPagesTests {

    private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/duplicates", "/admin/reports",
            "/admin/listings-due");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theHubLinksToWhatNeedsAttentionWithCountsAndSummarisesTheDirectory() throws Exception {
        String hub = mvc.perform(get("/admin").with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/imports\"")))
                .andExpect(content().string(containsString("href=\"/admin/duplicates\"")))
                .andExpect(content().string(containsString("href=\"/admin/reports\"")))
                .andExpect(content().string(containsString("href=\"/admin/listings-due\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(figure(hub, "duplicates-count")).isGreaterThanOrEqualTo(4);
        assertThat(figure(hub, "organisations-count")).isGreaterThanOrEqualTo(80);
        assertThat(figure(hub, "services-count")).isGreaterThanOrEqualTo(200);
        assertThat(figure(hub, "current-count")).isGreaterThan(figure(hub, "due-for-check-count"));
        assertThat(figure(hub, "due-for-check-count")).isPositive();
        assertThat(figure(hub, "out-of-date-count")).isPositive();
        assertThat(figure(hub, "due-count")).isPositive();
        assertThat(figure(hub, "reports-count")).isNotNegative();
    }

    /** The number shown in the element with this id. */
    private static long figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void refusesAdministrationToProvidersAndSendsAnonymousVisitorsToSignIn() throws Exception {
        for (String page : ADMIN_PAGES) {
            mvc.perform(get(page).with(signedInAs(accounts, "provider"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(signedInAs(accounts, "linkworker"))).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/admin/duplicates/organisations").with(csrf()).with(signedInAs(accounts, "provider"))
                        .param("first", "a").param("second", "b").param("decision", "dismiss"))
                .andExpect(status().isForbidden());
    }
}
