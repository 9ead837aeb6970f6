package org.linkwork.place.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkwork.place.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the real open data for Calderdale shipped in {@code place/calderdale} (wards, LSOAs, IMD
 * 2019, population, postcode districts) the first time the application starts, and the geography
 * every lookup reads, at every start. Done before the web server takes its first request (not as an
 * application runner, which runs after): a referral that arrived in between was refused as "not in
 * the area we cover", which the fault test met when the app restarted under load.
 */
@Component
class ReferenceGeography implements SmartInitializingSingleton {

    static final String CALDERDALE = "calderdale";
    private static final String FOLDER = "place/calderdale/";
    private static final Logger log = LoggerFactory.getLogger(ReferenceGeography.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final GeographyCache cache;

    ReferenceGeography(JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction, GeographyCache cache) {
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
        this.cache = cache;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean present = jdbc.sql("select count(*) from place where id = :id").param("id", CALDERDALE)
                .query(Integer.class).single() > 0;
        if (!present) {
            transaction.executeWithoutResult(status -> loadCalderdale());
        }
        cache.reload();
    }

    private void loadCalderdale() {
        jdbc.sql("insert into place (id, name, local_authority_code) values (:id, 'Calderdale', 'E08000033')")
                .param("id", CALDERDALE).update();
        Map<String, Boundary> wardBoundaries = new HashMap<>();
        for (JsonNode ward : features("ward.geojson")) {
            JsonNode p = ward.get("properties");
            String code = p.get("WD25CD").asString();
            wardBoundaries.put(code, Boundary.fromGeoJson(ward.get("geometry")));
            jdbc.sql("""
                    insert into ward (code, name, place_id, latitude, longitude, boundary)
                    values (:code, :name, :place, :lat, :lon, cast(:boundary as jsonb))
                    """)
                    .param("code", code).param("name", p.get("WD25NM").asString()).param("place", CALDERDALE)
                    .param("lat", p.get("LAT").asDouble()).param("lon", p.get("LONG").asDouble())
                    .param("boundary", json.writeValueAsString(ward.get("geometry")))
                    .update();
        }
        Map<String, String[]> imd = csv("imd2019_lsoa11.csv");
        Map<String, String[]> population = csv("population_mid2015_lsoa11.csv");
        for (JsonNode lsoa : features("lsoa11.geojson")) {
            JsonNode p = lsoa.get("properties");
            String code = p.get("LSOA11CD").asString();
            GeoPoint centroid = new GeoPoint(p.get("LAT").asDouble(), p.get("LONG").asDouble());
            String wardCode = wardBoundaries.entrySet().stream()
                    .filter(e -> e.getValue().contains(centroid)).map(Map.Entry::getKey).findFirst()
                    .orElseGet(() -> nearestWard(centroid));
            String[] deprivation = imd.get(code);
            String[] people = population.get(code);
            jdbc.sql("""
                    insert into lsoa (code, name, place_id, ward_code, latitude, longitude, imd_rank, imd_decile,
                                      population, population_0_15, population_16_59, population_60_plus, boundary)
                    values (:code, :name, :place, :ward, :lat, :lon, :rank, :decile, :pop, :kids, :adults, :older,
                            cast(:boundary as jsonb))
                    """)
                    .param("code", code).param("name", p.get("LSOA11NM").asString()).param("place", CALDERDALE)
                    .param("ward", wardCode).param("lat", centroid.latitude()).param("lon", centroid.longitude())
                    .param("rank", deprivation == null ? null : number(deprivation[4]))
                    .param("decile", deprivation == null ? null : number(deprivation[5]))
                    .param("pop", people == null ? null : number(people[4]))
                    .param("kids", people == null ? null : number(people[5]))
                    .param("adults", people == null ? null : number(people[6]))
                    .param("older", people == null ? null : number(people[7]))
                    .param("boundary", json.writeValueAsString(lsoa.get("geometry")))
                    .update();
        }
        for (String[] row : csv("postcode_districts.csv").values()) {
            jdbc.sql("insert into postcode_district (district, place_id, ward_code) values (:d, :place, :ward)")
                    .param("d", row[0]).param("place", CALDERDALE).param("ward", row[1]).update();
        }
        log.info("Loaded Calderdale reference geography: {} wards, {} LSOAs", wardBoundaries.size(), imd.size());
    }

    private String nearestWard(GeoPoint point) {
        return jdbc.sql("select code, latitude, longitude from ward")
                .query((rs, row) -> Map.entry(rs.getString("code"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")).distanceKm(point)))
                .list().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private List<JsonNode> features(String file) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            List<JsonNode> features = new ArrayList<>();
            json.readTree(in).get("features").forEach(features::add);
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a small CSV keyed by the first column; quoted fields may hold commas. */
    private static Map<String, String[]> csv(String file) {
        Map<String, String[]> rows = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(FOLDER + file).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = CsvLine.split(line);
                    rows.put(fields[0], fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Integer number(String text) {
        return Integer.valueOf(text.replace(",", "").trim());
    }
}
