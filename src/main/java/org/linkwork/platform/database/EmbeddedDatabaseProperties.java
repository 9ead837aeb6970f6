package org.linkwork.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param dataDir  where the cluster keeps its files; kept between starts
 * @param clean    wipe the data directory at start (tests)
 * @param port     TCP port, 0 for any free one
 * @param poolSize connections in the pool
 */
@ConfigurationProperties("linkwork.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port,
        @DefaultValue("20") int poolSize) {
}
