package org.linkwork.directory.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.linkwork.directory.Capacity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service_capacity table: a row per service whose organisation stated its capacity. */
@Repository
class Capacities {

    private final JdbcClient jdbc;

    Capacities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stated capacities of these services; services without one are left out. */
    Map<String, Capacity> of(Collection<String> serviceIds) {
        Map<String, Capacity> found = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select service_id, kind, places_left from service_capacity where service_id in (:ids)")
                .param("ids", serviceIds)
                .query((rs, row) -> found.put(rs.getString("service_id"), "places".equals(rs.getString("kind"))
                        ? Capacity.places(rs.getInt("places_left")) : Capacity.WAITING_LIST))
                .list();
        return found;
    }

    void save(String serviceId, Capacity capacity) {
        if (capacity.kind() == Capacity.Kind.NOT_STATED) {
            jdbc.sql("delete from service_capacity where service_id = :id").param("id", serviceId).update();
            return;
        }
        jdbc.sql("""
                insert into service_capacity (service_id, kind, places_left) values (:id, :kind, :places)
                on conflict (service_id) do update set kind = excluded.kind, places_left = excluded.places_left,
                    updated_at = now(), version = service_capacity.version + 1
                """)
                .param("id", serviceId)
                .param("kind", capacity.kind() == Capacity.Kind.PLACES ? "places" : "waiting-list")
                .param("places", capacity.kind() == Capacity.Kind.PLACES ? capacity.placesLeft() : null)
                .update();
    }

    /** Takes one place in the database itself, so that two acceptances at once both count. True when a place was taken. */
    boolean takePlace(String serviceId) {
        return jdbc.sql("""
                update service_capacity set places_left = places_left - 1, updated_at = now(), version = version + 1
                where service_id = :id and kind = 'places' and places_left > 0
                """)
                .param("id", serviceId).update() == 1;
    }
}
