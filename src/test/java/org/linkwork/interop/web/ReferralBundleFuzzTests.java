package org.linkwork.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.linkwork.platform.FuzzedApplication;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Coverage-guided fuzzing (Jazzer) of the FHIR bundle import ({@code POST /fhir}) through the real FHIR
 * servlet and database, as the demo referrer. Whatever the bytes (JSON, or XML when they start with
 * "&lt;"): no exception escapes the servlet, the answer is never 5xx, a refusal is an OperationOutcome,
 * and a refused bundle writes no person, consent or referral. Under `./mvnw verify` it replays the
 * inputs kept in ReferralBundleFuzzTestsInputs; bench/fuzz/run.sh fuzzes it for a bounded time.
 */
@SpringBootTest
class ReferralBundleFuzzTests {

    @Autowired
    FhirServer server;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @FuzzTest
    void receivesAnyBundleWithoutServerErrorsOrPartialWrites(byte[] body) throws Exception {
        check(server, jdbc, users, body);
    }

    private static FhirServer fuzzedServer;
    private static JdbcClient fuzzedDatabase;
    private static UserDetailsService fuzzedUsers;

    /** Jazzer's driver: the application once, without a web server, on a test database of its own. */
    public static void fuzzerInitialize() {
        ConfigurableApplicationContext application = FuzzedApplication.start();
        fuzzedServer = application.getBean(FhirServer.class);
        fuzzedDatabase = application.getBean(JdbcClient.class);
        fuzzedUsers = application.getBean(UserDetailsService.class);
    }

    public static void fuzzerTestOneInput(byte[] body) throws Exception {
        check(fuzzedServer, fuzzedDatabase, fuzzedUsers, body);
    }

    static void check(FhirServer server, JdbcClient jdbc, UserDetailsService users, byte[] body)
            throws ServletException, IOException {
        MockServletContext context = new MockServletContext();
        FhirServletInMockMvc.started(server, context);
        String written = written(jdbc);
        MockHttpServletRequest request = new MockHttpServletRequest(context, "POST", "/fhir");
        request.setServletPath("/fhir");
        request.setContent(body);
        request.setContentType(body.length > 0 && body[0] == '<' ? "application/fhir+xml" : "application/fhir+json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            TestReferrals.signIn(users, "referrer");
            server.service(request, response);
        } finally {
            TestReferrals.signOut();
        }

        int status = response.getStatus();
        assertThat(status).as(response.getContentAsString()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.getContentAsString()).contains("OperationOutcome");
            assertThat(written(jdbc)).as("what a refused bundle left written").isEqualTo(written);
        } else {
            assertThat(status).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("transaction-response");
        }
    }

    /** How many people, consents and referrals there are. */
    private static String written(JdbcClient jdbc) {
        return jdbc.sql("select (select count(*) from person) || ':' || (select count(*) from person_consent) || ':' "
                + "|| (select count(*) from referral) || ':' || (select count(*) from referral_idempotency_key)")
                .query(String.class).single();
    }
}
