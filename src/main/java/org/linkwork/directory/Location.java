package org.linkwork.directory;

import java.util.List;
import java.util.Optional;
import org.linkwork.place.GeoPoint;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Where services are delivered (ORUK 3.0 {@code location}).
 *
 * @param locationType "physical", "postal" or "virtual"
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Location(String id, String locationType, String name, String description, Double latitude,
        Double longitude, String externalIdentifier, String externalIdentifierType, List<Address> addresses,
        List<Accessibility> accessibility) {

    public Location {
        locationType = locationType == null ? "physical" : locationType;
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
    }

    public Optional<GeoPoint> point() {
        return latitude == null || longitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
    }

    public Optional<String> postcode() {
        return addresses.stream().map(Address::postalCode).filter(p -> p != null && !p.isBlank()).findFirst();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Address(String id, String attention, String address1, String city, String region,
            String stateProvince, String postalCode, String country, String addressType) {
    }

    /**
     * Accessibility of the location, in words (ORUK 3.0 {@code accessibility}). Linkwork's
     * structured accessibility features are taxonomy terms on the service.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Accessibility(String id, String description, String details, String url) {
    }
}
