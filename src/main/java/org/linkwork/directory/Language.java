package org.linkwork.directory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A language a service is offered in (ORUK 3.0 {@code language}); {@code code} is ISO 639.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Language(String id, String name, String code, String note) {
}
