package org.linkwork.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.linkwork.directory.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Locations {

    private static final TypeReference<List<Location.Address>> ADDRESSES = new TypeReference<>() {
    };
    private static final TypeReference<List<Location.Accessibility>> ACCESSIBILITY = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, location_type, name, description, latitude, longitude, external_identifier, external_identifier_type,
            addresses::text, accessibility::text""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Locations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Location> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from location where id = :id").param("id", id)
                .query((rs, row) -> map(rs)).optional();
    }

    List<Location> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from location where id in (:ids)").param("ids", ids)
                .query((rs, row) -> map(rs)).list();
    }

    void upsert(Location l) {
        jdbc.sql("""
                insert into location (id, location_type, name, description, latitude, longitude, external_identifier,
                                      external_identifier_type, addresses, accessibility)
                values (:id, :type, :name, :description, :lat, :lon, :extId, :extType,
                        cast(:addresses as jsonb), cast(:accessibility as jsonb))
                on conflict (id) do update set
                    location_type = excluded.location_type, name = excluded.name, description = excluded.description,
                    latitude = excluded.latitude, longitude = excluded.longitude,
                    external_identifier = excluded.external_identifier,
                    external_identifier_type = excluded.external_identifier_type,
                    addresses = excluded.addresses, accessibility = excluded.accessibility,
                    updated_at = now(), version = location.version + 1
                """)
                .param("id", l.id()).param("type", l.locationType()).param("name", l.name())
                .param("description", l.description()).param("lat", l.latitude()).param("lon", l.longitude())
                .param("extId", l.externalIdentifier()).param("extType", l.externalIdentifierType())
                .param("addresses", json.writeValueAsString(l.addresses()))
                .param("accessibility", json.writeValueAsString(l.accessibility()))
                .update();
    }

    /** Services that run at a location, so that a change to it reaches their search entries. */
    List<String> serviceIdsAt(String locationId) {
        return jdbc.sql("select service_id from service_at_location where location_id = :id").param("id", locationId)
                .query(String.class).list();
    }

    private Location map(ResultSet rs) throws SQLException {
        return new Location(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                (Double) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7), rs.getString(8),
                json.readValue(rs.getString(9), ADDRESSES), json.readValue(rs.getString(10), ACCESSIBILITY));
    }
}
