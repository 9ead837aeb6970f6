package org.linkwork.directory;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An organisation that provides services (ORUK 3.0 {@code organization}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Organization(String id, String name, String description, String email, String website, String logo,
        String uri, String parentOrganizationId, List<OrganizationIdentifier> organizationIdentifiers) {

    public static final String CHARITY_NUMBER = "Charity Number";
    public static final String COMPANY_NUMBER = "Company Number";

    public Organization {
        organizationIdentifiers = organizationIdentifiers == null ? List.of() : List.copyOf(organizationIdentifiers);
    }

    public Optional<String> charityNumber() {
        return identifier(CHARITY_NUMBER);
    }

    public Optional<String> companyNumber() {
        return identifier(COMPANY_NUMBER);
    }

    private Optional<String> identifier(String type) {
        return organizationIdentifiers.stream()
                .filter(i -> type.equalsIgnoreCase(i.identifierType()))
                .map(OrganizationIdentifier::identifier)
                .findFirst();
    }

    /**
     * A registration of the organisation, such as its charity number.
     *
     * @param identifierScheme an org-id.guide scheme ("GB-CHC", "GB-COH")
     * @param identifierType   {@link #CHARITY_NUMBER} or {@link #COMPANY_NUMBER} or another
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OrganizationIdentifier(String id, String identifierScheme, String identifierType, String identifier) {
    }
}
