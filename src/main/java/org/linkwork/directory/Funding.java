package org.linkwork.directory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Who pays for a service (ORUK 3.0 {@code funding}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Funding(String id, String source) {
}
