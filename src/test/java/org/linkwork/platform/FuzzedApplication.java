package org.linkwork.platform;

import org.linkwork.LinkworkApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a fuzz target runs it under Jazzer's own driver: no web server, the test
 * database of {@link TestDatabaseEnvironment} (a fresh embedded PostgreSQL, or a schema of its own on
 * SPRING_DATASOURCE_URL), the demo directory loaded so that imports meet existing records.
 */
public final class FuzzedApplication {

    private FuzzedApplication() {
    }

    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LinkworkApplication.class).web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN").run();
    }
}
