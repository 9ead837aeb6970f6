package org.linkwork.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error pages are rendered by the servlet container's error dispatch, which only a real server has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownPagesGetAFriendlyNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/find-support/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found", "Search for support near you")
                .doesNotContain("Whitelabel", "Exception", "trace");
    }

    @Test
    void theJsonApiStillAnswersWithProblemDetailsNotPages() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-endpoint");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("<html");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
