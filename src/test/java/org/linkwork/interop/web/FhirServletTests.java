package org.linkwork.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The FHIR servlet as the servlet container runs it, over a real port: registered at {@code /fhir/*},
 * started with the application, behind the FHIR security chain and the request size limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirServletTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheCapabilityStatementToAnyone() throws Exception {
        HttpResponse<String> metadata = send(at("/fhir/metadata").GET());
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        R4Validation.assertValid(metadata.body());

        HttpResponse<String> xml = send(at("/fhir/metadata?_format=xml").GET());
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("<CapabilityStatement");
    }

    @Test
    void takesABundleFromAReferrerSignedInWithHttpBasicAndNoCsrfToken() throws Exception {
        HttpResponse<String> anonymous = send(at("/fhir").header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(TestBundles.referral("Cressida"))));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> made = send(at("/fhir").header("Content-Type", "application/fhir+json")
                .header("Authorization", basic("referrer"))
                .POST(HttpRequest.BodyPublishers.ofString(TestBundles.referral("Cressida"))));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(made.body()).contains("\"transaction-response\"", "ServiceRequest/");
        R4Validation.assertValid(made.body());

        HttpResponse<String> unknown = send(at("/fhir/ServiceRequest/" + UUID.randomUUID())
                .header("Authorization", basic("referrer")).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("OperationOutcome");
    }

    @Test
    void refusesAnOversizedBodyBeforeReadingIt() throws Exception {
        String huge = TestBundles.referral("Dorcas").replace("Lonely since moving", "a".repeat(1_100_000));
        HttpResponse<String> refused = send(at("/fhir").header("Content-Type", "application/fhir+json")
                .header("Authorization", basic("referrer")).POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(refused.statusCode()).isEqualTo(413);
    }
}
