package org.linkwork.place.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Lsoa;
import org.linkwork.place.Place;
import org.linkwork.place.Ward;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geography of every place served, held in memory: a few hundred areas, read on every search
 * and every postcode lookup, changed only when reference data is loaded.
 */
@Component
class GeographyCache {

    record Area<T>(T area, Boundary boundary) {
    }

    record Snapshot(List<Place> places, List<Area<Ward>> wards, List<Area<Lsoa>> lsoas,
            Map<String, Ward> wardsByCode, Map<String, String> districtWards) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of(), List.of(), Map.of(), Map.of());

    GeographyCache(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    void reload() {
        List<Place> places = jdbc.sql("select id, name, local_authority_code from place order by name")
                .query((rs, row) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<Area<Ward>> wards = jdbc.sql("select code, name, place_id, latitude, longitude, boundary::text from ward order by name")
                .query((rs, row) -> new Area<>(
                        new Ward(rs.getString(1), rs.getString(2), rs.getString(3), new GeoPoint(rs.getDouble(4), rs.getDouble(5))),
                        Boundary.fromGeoJson(json.readTree(rs.getString(6)))))
                .list();
        List<Area<Lsoa>> lsoas = jdbc.sql("""
                select code, name, place_id, ward_code, latitude, longitude, coalesce(imd_rank, 0), coalesce(imd_decile, 0),
                       coalesce(population, 0), boundary::text
                from lsoa order by code
                """)
                .query((rs, row) -> new Area<>(
                        new Lsoa(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                new GeoPoint(rs.getDouble(5), rs.getDouble(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9)),
                        Boundary.fromGeoJson(json.readTree(rs.getString(10)))))
                .list();
        Map<String, String> districts = jdbc.sql("select district, ward_code from postcode_district")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Ward> byCode = wards.stream().map(Area::area)
                .collect(Collectors.toUnmodifiableMap(Ward::code, Function.identity()));
        snapshot = new Snapshot(places, wards, lsoas, byCode, districts);
    }
}
