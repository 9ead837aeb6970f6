package org.linkwork.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesForbidFramingInlineScriptsAndSniffing() throws Exception {
        mvc.perform(get("/find-support"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                                "object-src 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        mvc.perform(get("/find-support").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/find-support")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void theJsonApiAlsoForbidsFramingAndSniffing() throws Exception {
        mvc.perform(get("/api/v1/anything"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
