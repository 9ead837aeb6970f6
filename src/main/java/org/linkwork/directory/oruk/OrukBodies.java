package org.linkwork.directory.oruk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What the ORUK 3.0 API serves, field for field as in the ORUK schemas. Absent values are left out
 * rather than sent as null; a list left null (as in the list endpoints, which carry only one-to-one
 * fields) is left out too. Dates and times are strings already in ORUK form.
 */
final class OrukBodies {

    private OrukBodies() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ApiInfo(String version, String profile, String openapiUrl) {
    }

    /** The paged envelope of every list endpoint; {@code pageNumber} counts from 1. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(long totalItems, long totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
            boolean empty, List<T> contents) {

        static <T> Page<T> of(long totalItems, PageRequest request, List<T> contents) {
            long totalPages = (totalItems + request.perPage() - 1) / request.perPage();
            return new Page<>(totalItems, totalPages, request.page(), contents.size(), request.page() == 1,
                    request.page() >= totalPages, contents.isEmpty(), contents);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceBody(String id, String organizationId, String name, String description, String url, String email,
            String status, String fees, String accreditations, Integer minimumAge, Integer maximumAge,
            String assuredDate, String assurerEmail, String alert, String lastModified, List<ScheduleBody> schedules,
            List<ServiceAreaBody> serviceAreas, List<ServiceAtLocationBody> serviceAtLocations,
            List<LanguageBody> languages, OrganizationBody organization, List<FundingBody> funding,
            List<CostOptionBody> costOptions, List<ContactBody> contacts, List<AttributeBody> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganizationBody(String id, String name, String description, String email, String website, String logo,
            String uri, String parentOrganizationId, List<OrganizationIdentifierBody> organizationIdentifiers,
            List<ServiceBody> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganizationIdentifierBody(String id, String organizationId, String identifierScheme, String identifierType,
            String identifier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocationBody(String id, String serviceId, String locationId, LocationBody location,
            ServiceBody service, List<ScheduleBody> schedules) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LocationBody(String id, String locationType, String name, String description, Double latitude,
            Double longitude, String externalIdentifier, String externalIdentifierType, List<AddressBody> addresses,
            List<AccessibilityBody> accessibility) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AddressBody(String id, String locationId, String attention, @JsonProperty("address_1") String address1,
            String city, String region, String stateProvince, String postalCode, String country, String addressType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AccessibilityBody(String id, String locationId, String description, String details, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ScheduleBody(String id, String serviceId, String serviceAtLocationId, String validFrom, String validTo,
            String dtstart, String freq, Integer interval, String byday, String bymonthday, String description,
            String opensAt, String closesAt, String attendingType, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAreaBody(String id, String serviceId, String name, String extent, String extentType, String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LanguageBody(String id, String serviceId, String name, String code, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FundingBody(String id, String serviceId, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CostOptionBody(String id, String serviceId, String validFrom, String validTo, String option,
            BigDecimal amount, String amountDescription) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ContactBody(String id, String serviceId, String name, String title, String department, String email,
            List<PhoneBody> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PhoneBody(String id, String contactId, String number, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AttributeBody(String id, String linkId, String linkType, String linkEntity, String taxonomyTermId,
            String value, TaxonomyTermBody taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyTermBody(String id, String code, String name, String description, String parentId,
            String taxonomy, String taxonomyId, String termUri, String term) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyBody(String id, String name, String description, String uri, String version,
            List<TaxonomyTermBody> taxonomyTerms) {
    }
}
