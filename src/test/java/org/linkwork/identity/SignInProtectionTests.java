package org.linkwork.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.referrals.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Lockout of an account after consecutive failed sign-ins, and throttling of an address that fails
 * across many accounts; each test uses accounts and a network address of its own.
 */
@SpringBootTest(properties = {"linkwork.identity.sign-in.failures-before-lockout=3",
        "linkwork.identity.sign-in.lockout=15m", "linkwork.identity.sign-in.failures-per-address=6",
        "linkwork.identity.sign-in.address-window=10m"})
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class SignInProtectionTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void locksAnAccountAfterConsecutiveFailuresEvenAgainstTheRightPassword() throws Exception {
        account("lock.me");
        for (int i = 0; i < 3; i++) {
            mvc.perform(signIn("lock.me", "not it at all", "10.1.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("lock.me", PASSWORD, "10.1.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/referrals").with(httpBasic("lock.me", PASSWORD)).with(from("10.1.0.2")))
                .andExpect(status().isUnauthorized());
        assertThat(actions("lock.me")).containsSubsequence("signin.failed", "signin.failed", "signin.failed",
                "signin.locked", "signin.refused");
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("This account is locked after too many failed sign-ins. Try again in 15 minutes")));
    }

    @Test
    void aLockLapsesAfterItsTime() throws Exception {
        account("lapse.me");
        clock.set(Instant.now());
        for (int i = 0; i < 3; i++) {
            mvc.perform(signIn("lapse.me", "not it at all", "10.2.0.1"));
        }
        mvc.perform(signIn("lapse.me", PASSWORD, "10.2.0.1"))
                .andExpect(unauthenticated());
        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        mvc.perform(signIn("lapse.me", PASSWORD, "10.2.0.1"))
                .andExpect(authenticated().withUsername("lapse.me"));
        assertThat(jdbc.sql("select failed_sign_ins from user_account where username = 'lapse.me'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSuccessClearsEarlierFailures() throws Exception {
        account("forgetful");
        mvc.perform(signIn("forgetful", "not it at all", "10.3.0.1"));
        mvc.perform(signIn("forgetful", "not it at all", "10.3.0.1"));
        mvc.perform(signIn("forgetful", PASSWORD, "10.3.0.1"))
                .andExpect(authenticated());
        mvc.perform(signIn("forgetful", "not it at all", "10.3.0.1"));
        mvc.perform(signIn("forgetful", PASSWORD, "10.3.0.1"))
                .andExpect(authenticated());
    }

    @Test
    void anAdministratorCanUnlockAnAccount() throws Exception {
        account("unlock.me");
        for (int i = 0; i < 3; i++) {
            mvc.perform(signIn("unlock.me", "not it at all", "10.4.0.1"));
        }
        mvc.perform(post("/admin/accounts/unlock.me/unlock").with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/accounts/unlock.me"));
        mvc.perform(signIn("unlock.me", PASSWORD, "10.4.0.1"))
                .andExpect(authenticated());
        assertThat(actions("unlock.me")).contains("account.unlocked");
    }

    @Test
    void throttlesAnAddressThatFailsAcrossManyAccounts() throws Exception {
        account("sprayed");
        for (int i = 0; i < 6; i++) {
            mvc.perform(signIn("nobody-" + i, "guess " + i, "10.5.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("sprayed", PASSWORD, "10.5.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/api/v1/referrals").with(httpBasic("sprayed", PASSWORD)).with(from("10.5.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // Another address is not held back by this one's failures.
        mvc.perform(signIn("sprayed", PASSWORD, "10.5.0.2"))
                .andExpect(authenticated());
        clock.set(Instant.now().plus(Duration.ofMinutes(11)));
        mvc.perform(signIn("sprayed", PASSWORD, "10.5.0.1"))
                .andExpect(authenticated());
    }

    @Test
    void theSignInPageSaysWhenAnAddressIsThrottled() throws Exception {
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "too many failed sign-ins from your network. Wait 10 minutes")));
    }

    private void account(String username) {
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, role, place_id)
                values (gen_random_uuid(), :username, :hash, 'Test account', 'LINK_WORKER', 'calderdale')
                """)
                .param("username", username)
                .param("hash", passwordEncoder.encode(PASSWORD))
                .update();
    }

    private java.util.List<String> actions(String username) {
        return jdbc.sql("select action from audit_event where subject_id = :username order by id")
                .param("username", username).query(String.class).list();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").with(csrf()).param("username", username).param("password", password)
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
