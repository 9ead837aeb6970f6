package org.linkwork.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The geography is ready before the web server takes requests: a referral arriving the moment a
 * restarted node is up must not be refused as "not in the area we cover".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GeographyAtStartTests.WhenTheServerStarts.class)
class GeographyAtStartTests {

    @TestConfiguration
    static class WhenTheServerStarts {

        static final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        ApplicationListener<WebServerInitializedEvent> lookUpWhenTheServerStarts(Places places) {
            return event -> {
                try {
                    seen.add(places.locate("postcode", "HX1 1UJ").wardCode().orElse("no ward"));
                } catch (RuntimeException e) {
                    seen.add("refused: " + e.getMessage());
                }
            };
        }
    }

    @Test
    void aPostcodeInTheBoroughIsFoundFromTheFirstRequest() {
        assertThat(WhenTheServerStarts.seen).hasSize(1);
        assertThat(WhenTheServerStarts.seen.getFirst()).startsWith("E05");
    }
}
