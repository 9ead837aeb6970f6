package org.linkwork.place;

/**
 * An electoral ward of a place.
 */
public record Ward(String code, String name, String placeId, GeoPoint centroid) {
}
