package org.linkwork.directory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The area a service covers (ORUK 3.0 {@code service_area}). Linkwork names places and wards by
 * their codes in {@code uri} ("linkwork:place:calderdale", ONS ward codes).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceArea(String id, String name, String extent, String extentType, String uri) {
}
