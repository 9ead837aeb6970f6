package org.linkwork.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linkwork.platform.InvalidInput;

class PostcodeTests {

    @Test
    void normalisesCaseAndSpacing() {
        assertThat(Postcode.parse("postcode", " hx11uj ").toString()).isEqualTo("HX1 1UJ");
        assertThat(Postcode.parse("postcode", "OL14  5AB").toString()).isEqualTo("OL14 5AB");
    }

    @Test
    void acceptsADistrictAlone() {
        Postcode district = Postcode.parse("postcode", "hx1");
        assertThat(district.isDistrictOnly()).isTrue();
        assertThat(district.outward()).isEqualTo("HX1");
    }

    @Test
    void refusesTextThatIsNotAPostcode() {
        assertThatThrownBy(() -> Postcode.parse("postcode", "not a postcode"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Enter a real postcode, like HX1 1UJ");
        assertThatThrownBy(() -> Postcode.parse("postcode", "HX1 1CI"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Postcode.parse("postcode", ""))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Enter a postcode, like HX1 1UJ");
    }

    @Test
    void measuresGreatCircleDistance() {
        GeoPoint halifax = new GeoPoint(53.7248, -1.8658);
        GeoPoint todmorden = new GeoPoint(53.7137, -2.0967);
        assertThat(halifax.distanceKm(todmorden)).isBetween(15.0, 15.6);
    }
}
