package org.linkwork.matching.evaluation;

import java.util.List;
import java.util.Map;
import org.linkwork.place.GeoPoint;

/**
 * One scenario of an evaluation set, as written in its YAML: where the person is, by postcode (in Calderdale,
 * where Linkwork knows postcodes) or by a point (elsewhere), what they said, and what was asked for.
 */
record Scenario(String id, String says, String postcode, GeoPoint location, List<String> needs,
        Map<String, Object> constraints) {
}
