package org.linkwork.directory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A term of a taxonomy (ORUK 3.0 {@code taxonomy_term}); {@code code} is its stable code, such as
 * {@code msk-friendly-exercise}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaxonomyTerm(String id, String code, String name, String description, String parentId,
        String taxonomyId, String termUri) {
}
