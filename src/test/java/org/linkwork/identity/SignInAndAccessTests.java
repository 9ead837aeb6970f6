package org.linkwork.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignInAndAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsUp() throws Exception {
        // The contract other systems rely on: exactly {"status":"UP"}.
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void demoUsersSignInWithTheDemoPassword() throws Exception {
        for (String user : new String[] {"admin", "linkworker", "provider", "commissioner", "referrer"}) {
            mvc.perform(formLogin().user(user).password("demo-password")).andExpect(authenticated().withUsername(user));
        }
        mvc.perform(formLogin().user("admin").password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        assertThat(jdbc.sql("select password_hash from user_account").query(String.class).list())
                .isNotEmpty()
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo-password"));
    }

    @Test
    void signInFormNeedsACsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "demo-password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "demo-password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
    }

    @Test
    void pagesForStaffSendAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/login"));
    }

    @Test
    void adminPagesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin").with(user("linkworker").roles("LINK_WORKER"))).andExpect(status().isForbidden());
    }

    @Test
    void jsonApiAnswersAnonymousCallersWith401() throws Exception {
        mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized());
    }

    @Test
    void failedSignInShowsTheErrorNextToTheField() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nhsuk-error-summary")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"username-error\"")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("demo-password")));
    }
}
