package org.linkwork.place;

/**
 * A Lower Layer Super Output Area with its Index of Multiple Deprivation 2019 rank and decile
 * (1 = most deprived tenth of England) and its population.
 */
public record Lsoa(String code, String name, String placeId, String wardCode, GeoPoint centroid,
        int imdRank, int imdDecile, int population) {
}
