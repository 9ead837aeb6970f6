package org.linkwork.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RequestLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesABodyLargerThanTheEndpointTakesBeforeReadingIt() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) ' ');
        mvc.perform(post("/api/v1/referrals").with(httpBasic("referrer", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(twoMegabytes))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("larger than this address takes")))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Content Too Large"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value(containsString("larger than this address takes")));
    }

    @Test
    void letsImportsBeLarger() throws Exception {
        byte[] twoMegabytes = ("[" + " ".repeat(2 * 1024 * 1024) + "]").getBytes();
        mvc.perform(post("/api/v1/directory/imports").with(httpBasic("admin", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(twoMegabytes))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isNotEqualTo(413).isLessThan(500));
    }

    @Test
    void refusesDeeplyNestedJsonAndWritesNothing() throws Exception {
        long services = jdbc.sql("select count(*) from service").query(Long.class).single();
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        mvc.perform(post("/api/v1/referrals").with(httpBasic("referrer", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/directory/imports").with(httpBasic("admin", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isBetween(400, 499));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(services);
    }
    @Test
    void refusesJsonTextHoldingANulCharacterNamingTheFieldAndWritesNothing() throws Exception {
        long referrals = jdbc.sql("select count(*) from referral").query(Long.class).single();
        String body = """
                {"person": {"givenName": "Ann\\u0000", "familyName": "Example", "birthDate": "1956-03-14",
                  "postcode": "HX1 1UJ"}, "source": "gp", "reason": "Lonely", "urgency": "routine", "consent": true}""";
        mvc.perform(post("/api/v1/referrals").with(httpBasic("referrer", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("person.givenName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NUL character")));
        String needs = """
                {"person": {"givenName": "Ann", "familyName": "Example", "birthDate": "1956-03-14", "postcode": "HX1 1UJ"},
                 "source": "gp", "reason": "Lonely", "needs": ["walking", "x\\u0000"], "urgency": "routine", "consent": true}""";
        mvc.perform(post("/api/v1/referrals").with(httpBasic("referrer", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(needs))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("needs[1]"));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from referral").query(Long.class).single()).isEqualTo(referrals);
    }

    @Test
    void refusesAQueryOrFormFieldHoldingANulCharacter() throws Exception {
        long referrals = jdbc.sql("select count(*) from referral").query(Long.class).single();
        mvc.perform(get(java.net.URI.create("/find-support?q=walk%00ing")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The field q holds the NUL character")));
        mvc.perform(post("/self-referral").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("givenName", "Ann").param("reason", "Lonely\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The field reason holds the NUL character")));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from referral").query(Long.class).single()).isEqualTo(referrals);
    }

    @Test
    void answersAnApiQueryFieldHoldingANulCharacterInProblemJson() throws Exception {
        mvc.perform(get(java.net.URI.create("/api/v1/referrals?status=open%00")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail")
                        .value("The field status holds the NUL character (\\u0000), which is not allowed."));
    }
}
