package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.SearchQuery;
import org.linkwork.place.GeoPoint;
import org.linkwork.platform.InvalidInput;

class SearchQueryTests {

    @Test
    void refusesAQueryThatCannotBeAnsweredNamingEachPart() {
        assertThatThrownBy(() -> SearchQuery.builder().age(-1).near(null, 5.0).page(0, 10)
                .between(LocalTime.of(12, 0), LocalTime.of(10, 0)).build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactlyInAnyOrder("age", "within_km", "page", "ends_by"));
        assertThatThrownBy(() -> SearchQuery.builder().page(1, 500).build()).isInstanceOf(InvalidInput.class);
    }

    @Test
    void treatsBlankTextAndCodesAsNotGiven() {
        SearchQuery query = SearchQuery.builder().text("  ").needs("", " walking ").near(new GeoPoint(53.7, -1.9))
                .build();

        assertThat(query.text()).isNull();
        assertThat(query.needs()).containsExactly("walking");
        assertThat(query.toBuilder().page(2).build().page()).isEqualTo(2);
    }
}
