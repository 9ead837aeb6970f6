package org.linkwork.place.internal;

import java.util.ArrayList;
import java.util.List;
import org.linkwork.place.GeoPoint;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON Polygon or MultiPolygon boundary, for telling whether a point lies inside it.
 */
record Boundary(List<List<double[][]>> polygons) {

    static Boundary fromGeoJson(JsonNode geometry) {
        String type = geometry.get("type").asString();
        JsonNode coordinates = geometry.get("coordinates");
        List<List<double[][]>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(rings(coordinates));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygons.add(rings(polygon)));
            default -> throw new IllegalArgumentException("Unsupported boundary geometry " + type);
        }
        return new Boundary(polygons);
    }

    private static List<double[][]> rings(JsonNode polygon) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
            }
            rings.add(points);
        }
        return rings;
    }

    /** Inside the outer ring of a polygon and outside its holes. */
    boolean contains(GeoPoint point) {
        for (List<double[][]> polygon : polygons) {
            if (inside(polygon.getFirst(), point)
                    && polygon.stream().skip(1).noneMatch(hole -> inside(hole, point))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(double[][] ring, GeoPoint point) {
        double x = point.longitude();
        double y = point.latitude();
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0];
            double yi = ring[i][1];
            double xj = ring[j][0];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
