package org.linkwork.directory;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Someone to contact about a service (ORUK 3.0 {@code contact}, with its phones).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Contact(String id, String name, String title, String department, String email, List<Phone> phones) {

    public Contact {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Phone(String id, String number, String description) {
    }
}
