package org.linkwork.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PostcodeImportApiTests {

    private static final String IMPORTS = "/api/v1/places/postcode-imports";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void emptyThePostcodeTable() {
        jdbc.sql("delete from postcode").update();
    }

    @Test
    void anAdministratorImportsAnUploadedFileAndGetsTheSummary() throws Exception {
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "ONSPD_sample.csv", "text/csv", sample()))
                        .with(httpBasic("admin", "demo-password")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.rowsRead").value(14))
                .andExpect(jsonPath("$.imported").value(10))
                .andExpect(jsonPath("$.terminated").value(1))
                .andExpect(jsonPath("$.skipped").value(1))
                .andExpect(jsonPath("$.outside").value(2))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(15))
                .andExpect(jsonPath("$.errors[0].reason").value("\"HX1 1CI\" is not a postcode"));

        assertThat(jdbc.sql("select count(*) from postcode").query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void anAdministratorImportsACsvRequestBody() throws Exception {
        mvc.perform(post(IMPORTS).contentType(CSV).content(sample()).with(httpBasic("admin", "demo-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(10));

        assertThat(jdbc.sql("select ward_code from postcode where postcode = 'HX7 8AD'").query(String.class).single())
                .isEqualTo("E05001372");
    }

    @Test
    void linkWorkersMayNotImportPostcodes() throws Exception {
        mvc.perform(post(IMPORTS).contentType(CSV).content(sample()).with(httpBasic("linkworker", "demo-password")))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from postcode").query(Long.class).single()).isZero();
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(post(IMPORTS).contentType(CSV).content(sample()).with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAFileThatIsNotAPostcodeDirectoryWithProblemJson() throws Exception {
        byte[] notOnspd = "id,name,postcode\n1,Square Chapel,HX1 1QE\n".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "services.csv", "text/csv", notOnspd))
                        .with(httpBasic("admin", "demo-password")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail", containsString("not an ONS Postcode Directory")))
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(jdbc.sql("select count(*) from postcode").query(Long.class).single()).isZero();
    }

    @Test
    void asksForTheFileWhenTheUploadHasNone() throws Exception {
        mvc.perform(multipart(IMPORTS).param("other", "x").with(httpBasic("admin", "demo-password")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = new ClassPathResource("place/onspd-calderdale-sample.csv").getInputStream()) {
            return in.readAllBytes();
        }
    }
}
