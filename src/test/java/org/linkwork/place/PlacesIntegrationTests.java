package org.linkwork.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PlacesIntegrationTests {

    @Autowired
    Places places;

    @Test
    void loadsTheSeventeenWardsAndAllLsoasOfCalderdale() {
        assertThat(places.places()).extracting(Place::id).contains("calderdale");
        assertThat(places.wards("calderdale")).hasSize(17);
        assertThat(places.lsoas("calderdale")).hasSize(128)
                .allSatisfy(lsoa -> {
                    assertThat(lsoa.imdDecile()).isBetween(1, 10);
                    assertThat(lsoa.population()).isPositive();
                    assertThat(places.ward(lsoa.wardCode())).isPresent();
                });
    }

    @Test
    void everyWardHasAtLeastOneLsoaAndContainsItsOwnCentroid() {
        for (Ward ward : places.wards("calderdale")) {
            assertThat(places.lsoas("calderdale")).anyMatch(l -> l.wardCode().equals(ward.code()));
            assertThat(places.wardContaining(ward.centroid())).contains(ward);
        }
    }

    @Test
    void locatesAPostcodeByItsDistrictWhenNoPostcodeTableIsImported() {
        Location location = places.locate("postcode", "hx7 8aa");
        assertThat(location.precision()).isEqualTo(Location.Precision.DISTRICT);
        assertThat(location.wardCode()).flatMap(places::ward).map(Ward::name).contains("Calder");
    }

    @Test
    void refusesAPostcodeOutsideThePlacesServed() {
        assertThatThrownBy(() -> places.locate("postcode", "SW1A 1AA"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("SW1A 1AA")
                .hasMessageContaining("Calderdale");
    }

    @Test
    void findsTheLsoaOfAPointAndItsDeprivation() {
        Lsoa any = places.lsoas("calderdale").getFirst();
        assertThat(places.lsoaContaining(any.centroid()).map(Lsoa::code)).isPresent();
        assertThat(places.wardContaining(new GeoPoint(51.5, -0.12))).isEmpty();
    }
}
