package org.linkwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps its data between starts, as {@code ./mvnw spring-boot:run} relies on.
 * Runs even when the other tests use a PostgreSQL server.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataBetweenStarts() throws Exception {
        try (EmbeddedPostgres postgres = start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create table kept (value text)");
                c.createStatement().execute("insert into kept values ('still here')");
            }
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
        try (EmbeddedPostgres postgres = start();
                Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("select value from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    private EmbeddedPostgres start() throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
    }
}
