package org.linkwork.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Services {

    private static final TypeReference<List<Schedule>> SCHEDULES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, organization_id, name, description, url, email, status, fees, accreditations, minimum_age, maximum_age,
            assured_date, assurer_email, alert, last_modified, owned::text, last_verified_at""";

    /** A service row with when it was last verified. */
    record Row(Service service, Instant lastVerifiedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Services(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Row> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The services with these ids, in no particular order. */
    List<Row> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Partial> partials = jdbc.sql("select " + COLUMNS + " from service where id in (:ids)").param("ids", ids)
                .query((rs, row) -> map(rs)).list();
        return complete(partials);
    }

    List<String> idsAfter(String afterId, int limit) {
        return jdbc.sql("select id from service where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit).query(String.class).list();
    }

    List<String> idsOfOrganization(String organizationId) {
        return jdbc.sql("select id from service where organization_id = :org order by name")
                .param("org", organizationId).query(String.class).list();
    }

    void upsert(Service s, boolean verified) {
        jdbc.sql("""
                insert into service (id, organization_id, name, description, url, email, status, fees, accreditations,
                                     minimum_age, maximum_age, assured_date, assurer_email, alert, owned, last_modified,
                                     last_verified_at)
                values (:id, :org, :name, :description, :url, :email, :status, :fees, :accreditations, :minAge, :maxAge,
                        :assuredDate, :assurerEmail, :alert, cast(:owned as jsonb), now(),
                        coalesce(cast(:assuredDate as timestamptz), now()))
                on conflict (id) do update set
                    organization_id = excluded.organization_id, name = excluded.name,
                    description = excluded.description, url = excluded.url, email = excluded.email,
                    status = excluded.status, fees = excluded.fees, accreditations = excluded.accreditations,
                    minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,
                    assured_date = excluded.assured_date, assurer_email = excluded.assurer_email,
                    alert = excluded.alert, owned = excluded.owned, last_modified = now(),
                    last_verified_at = case when :verified then now()
                                            when excluded.assured_date is not null
                                                 and cast(excluded.assured_date as timestamptz) > service.last_verified_at
                                            then cast(excluded.assured_date as timestamptz)
                                            else service.last_verified_at end,
                    version = service.version + 1
                """)
                .param("id", s.id()).param("org", s.organizationId()).param("name", s.name())
                .param("description", s.description()).param("url", s.url()).param("email", s.email())
                .param("status", s.status()).param("fees", s.fees()).param("accreditations", s.accreditations())
                .param("minAge", s.minimumAge()).param("maxAge", s.maximumAge())
                .param("assuredDate", s.assuredDate()).param("assurerEmail", s.assurerEmail())
                .param("alert", s.alert()).param("owned", json.writeValueAsString(OwnedParts.of(s)))
                .param("verified", verified)
                .update();
        replaceLocations(s);
        replaceAttributes(s);
    }

    void markVerified(String id) {
        jdbc.sql("update service set last_verified_at = now(), assured_date = current_date, version = version + 1 where id = :id")
                .param("id", id).update();
    }

    /** Pretends a listing was last verified at the given time (demo data and tests of freshness). */
    void setLastVerified(String id, Instant when) {
        jdbc.sql("update service set last_verified_at = :when, assured_date = cast(:when as date) where id = :id")
                .param("id", id).param("when", Timestamp.from(when)).update();
    }

    private void replaceLocations(Service s) {
        jdbc.sql("delete from service_at_location where service_id = :id").param("id", s.id()).update();
        for (Service.ServiceAtLocation sal : s.serviceAtLocations()) {
            jdbc.sql("""
                    insert into service_at_location (id, service_id, location_id, schedules)
                    values (:id, :service, :location, cast(:schedules as jsonb))
                    """)
                    .param("id", sal.id()).param("service", s.id()).param("location", sal.locationId())
                    .param("schedules", json.writeValueAsString(sal.schedules()))
                    .update();
        }
    }

    private void replaceAttributes(Service s) {
        jdbc.sql("delete from service_attribute where service_id = :id").param("id", s.id()).update();
        for (Service.Attribute a : s.attributes()) {
            jdbc.sql("""
                    insert into service_attribute (id, service_id, taxonomy_term_id, link_type, value)
                    values (:id, :service, :term, :linkType, :value)
                    on conflict (service_id, taxonomy_term_id) do nothing
                    """)
                    .param("id", a.id()).param("service", s.id()).param("term", a.taxonomyTermId())
                    .param("linkType", a.linkType()).param("value", a.value())
                    .update();
        }
    }

    private record Partial(Service service, Instant lastVerifiedAt) {
    }

    private List<Row> complete(List<Partial> partials) {
        if (partials.isEmpty()) {
            return List.of();
        }
        List<String> ids = partials.stream().map(p -> p.service().id()).toList();
        Map<String, List<Service.ServiceAtLocation>> locations = jdbc.sql("""
                select service_id, id, location_id, schedules::text from service_at_location
                where service_id in (:ids) order by id
                """)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getString(1), new Service.ServiceAtLocation(rs.getString(2),
                        rs.getString(3), json.readValue(rs.getString(4), SCHEDULES))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<Service.Attribute>> attributes = jdbc.sql("""
                select service_id, id, taxonomy_term_id, link_type, value from service_attribute
                where service_id in (:ids) order by id
                """)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getString(1), new Service.Attribute(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Row> rows = new ArrayList<>(partials.size());
        for (Partial p : partials) {
            Service s = p.service();
            rows.add(new Row(new Service(s.id(), s.organizationId(), s.name(), s.description(), s.url(), s.email(),
                    s.status(), s.fees(), s.accreditations(), s.minimumAge(), s.maximumAge(), s.assuredDate(),
                    s.assurerEmail(), s.alert(), s.lastModified(), s.schedules(), s.serviceAreas(),
                    locations.getOrDefault(s.id(), List.of()), s.languages(), s.funding(), s.costOptions(),
                    s.contacts(), attributes.getOrDefault(s.id(), List.of())), p.lastVerifiedAt()));
        }
        return rows;
    }

    private Partial map(ResultSet rs) throws SQLException {
        OwnedParts owned = json.readValue(rs.getString("owned"), OwnedParts.class);
        java.sql.Date assured = rs.getDate("assured_date");
        LocalDate assuredDate = assured == null ? null : assured.toLocalDate();
        Service service = new Service(rs.getString("id"), rs.getString("organization_id"), rs.getString("name"),
                rs.getString("description"), rs.getString("url"), rs.getString("email"), rs.getString("status"),
                rs.getString("fees"), rs.getString("accreditations"), (Integer) rs.getObject("minimum_age"),
                (Integer) rs.getObject("maximum_age"), assuredDate, rs.getString("assurer_email"),
                rs.getString("alert"), rs.getTimestamp("last_modified").toInstant(), owned.schedules(),
                owned.serviceAreas(), List.of(), owned.languages(), owned.funding(), owned.costOptions(),
                owned.contacts(), List.of());
        return new Partial(service, rs.getTimestamp("last_verified_at").toInstant());
    }
}
