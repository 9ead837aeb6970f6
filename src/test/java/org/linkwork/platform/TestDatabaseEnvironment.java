package org.linkwork.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own. By default that is a fresh embedded
 * PostgreSQL under {@code target/}; when {@code SPRING_DATASOURCE_URL} names a server (as CI does),
 * it is a fresh schema on that server, dropped when the tests end. Demo mode is on, because most
 * tests speak of the Calderdale demo directory.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    private static final ConcurrentLinkedQueue<String> SCHEMAS = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabaseEnvironment::dropSchemas));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        properties.putIfAbsent("linkwork.demo", "true");
        // Test contexts are cached side by side; small pools keep them within a server's connection limit.
        properties.put("linkwork.embedded-database.pool-size", "5");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        String url = environment.getProperty("spring.datasource.url", "");
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (url.isBlank()) {
            properties.put("linkwork.embedded-database.data-dir", Path.of("target", "test-postgres", id).toString());
            properties.put("linkwork.embedded-database.clean", "true");
        } else {
            String schema = "test_" + id;
            SCHEMAS.add(schema);
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.default-schema", schema);
            properties.put("spring.flyway.create-schemas", "true");
            properties.put("spring.datasource.hikari.schema", schema);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("linkwork-test-database", properties));
    }

    private static void dropSchemas() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank() || SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))) {
            for (String schema : SCHEMAS) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test schemas " + SCHEMAS + ": " + e.getMessage());
        }
    }
}
