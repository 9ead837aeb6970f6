package org.linkwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CapacityTests {

    @Test
    void takingAPlaceCountsDownToFullAndNeverBelow() {
        Capacity two = Capacity.places(2);

        assertThat(two.words()).contains("2 places left");
        assertThat(two.withOnePlaceTaken().words()).contains("1 place left");
        assertThat(two.withOnePlaceTaken().withOnePlaceTaken().words()).contains("Full \u2014 waiting list");
        assertThat(Capacity.places(0).withOnePlaceTaken()).isEqualTo(Capacity.places(0));
        assertThat(Capacity.places(0).isFull()).isTrue();
    }

    @Test
    void aWaitingListOrNoFigureStaysAsItIs() {
        assertThat(Capacity.WAITING_LIST.withOnePlaceTaken()).isEqualTo(Capacity.WAITING_LIST);
        assertThat(Capacity.WAITING_LIST.words()).contains("Waiting list");
        assertThat(Capacity.NOT_STATED.withOnePlaceTaken().words()).isEmpty();
    }

    @Test
    void refusesFewerThanNoPlaces() {
        assertThatThrownBy(() -> Capacity.places(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
