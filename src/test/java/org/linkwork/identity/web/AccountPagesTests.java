package org.linkwork.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeaderOffersEachVisitorWhatTheirRoleMayUse() throws Exception {
        String anonymous = page(get("/find-support"));
        assertThat(anonymous).contains("href=\"/login\"").doesNotContain("Signed in as").doesNotContain("href=\"/caseload\"");

        String linkWorker = page(get("/find-support").with(user("lw.menu").roles("LINK_WORKER")));
        assertThat(linkWorker).contains("Signed in as lw.menu", "href=\"/caseload\"", "href=\"/referrals\"")
                .doesNotContain("href=\"/login\"").doesNotContain("href=\"/admin\"").doesNotContain("href=\"/provider\"");

        String admin = page(get("/find-support").with(user("admin.menu").roles("ADMIN")));
        assertThat(admin).contains("href=\"/admin\"", "href=\"/referrals\"", "href=\"/provider\"")
                .doesNotContain("href=\"/caseload\"").doesNotContain("href=\"/refer\"");

        String referrer = page(get("/find-support").with(user("ref.menu").roles("REFERRER")));
        assertThat(referrer).contains("href=\"/refer\"", "href=\"/my-referrals\"")
                .doesNotContain("href=\"/referrals\"").doesNotContain("href=\"/admin\"");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void refusesAWeakFirstPasswordNextToItsFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("username", "weak.one").param("displayName", "Weak One").param("role", "LINK_WORKER")
                        .param("placeId", "calderdale").param("password", "Password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("harder to guess")))
                .andExpect(content().string(containsString("There is a problem")));
        assertThat(count("weak.one")).isZero();
    }

    @Test
    void refusesAProviderWithoutAnOrganisationAndABadUsername() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("username", "Bad Name!").param("displayName", "Someone").param("role", "PROVIDER")
                        .param("placeId", "calderdale").param("password", "purple kettle moorland"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("id=\"organisationId-error\"")));
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordBeforeAnythingElse() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("username", "new.worker").param("displayName", "New Worker").param("role", "LINK_WORKER")
                        .param("placeId", "calderdale").param("password", "temporary kettle moorland"))
                .andExpect(redirectedUrl("/admin/accounts/new.worker"));
        assertThat(jdbc.sql("select action from audit_event where subject_id = 'new.worker'").query(String.class).list())
                .contains("account.created");

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", "new.worker").param("password", "temporary kettle moorland"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/caseload").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(containsString("An administrator set your password")));
        mvc.perform(get("/api/v1/people/duplicates").with(httpBasic("new.worker", "temporary kettle moorland")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("choose a new one first")));

        mvc.perform(post("/account/password").with(csrf()).session(session)
                        .param("currentPassword", "temporary kettle moorland")
                        .param("newPassword", "my own walking boots").param("confirmation", "my own walkin boots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirmation-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("my own walking boots"))));
        mvc.perform(post("/account/password").with(csrf()).session(session)
                        .param("currentPassword", "temporary kettle moorland")
                        .param("newPassword", "my own walking boots").param("confirmation", "my own walking boots"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/duplicates").with(httpBasic("new.worker", "my own walking boots")))
                .andExpect(status().isOk());
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOne() throws Exception {
        mvc.perform(post("/account/password").with(csrf()).with(user("referrer").roles("REFERRER"))
                        .param("currentPassword", "not my password").param("newPassword", "violet harbour lantern")
                        .param("confirmation", "violet harbour lantern"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")));
    }

    @Test
    void anAdministratorChangesWhatAnAccountMayDo() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("username", "moving.on").param("displayName", "Moving On").param("role", "REFERRER")
                        .param("placeId", "calderdale").param("password", "temporary kettle moorland"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/accounts/moving.on/access").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("role", "REFERRER").param("placeId", "calderdale"))
                .andExpect(redirectedUrl("/admin/accounts/moving.on"));
        assertThat(jdbc.sql("select enabled from user_account where username = 'moving.on'").query(Boolean.class).single())
                .isFalse();
        mvc.perform(get("/admin/accounts/moving.on").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Disabled")));
    }

    @Test
    void accountPagesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/accounts").with(user("linkworker").roles("LINK_WORKER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("linkworker")));
    }

    private int count(String username) {
        return jdbc.sql("select count(*) from user_account where username = :u").param("u", username)
                .query(Integer.class).single();
    }
}
