package org.linkwork.directory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A vocabulary of terms (ORUK 3.0 {@code taxonomy}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Taxonomy(String id, String name, String description, String uri, String version) {
}
