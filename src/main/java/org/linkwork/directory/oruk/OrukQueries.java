package org.linkwork.directory.oruk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.place.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the ORUK API: which services, places, organisations and terms a list request
 * selects, in which order, and how many there are in all. The records themselves are then read
 * whole through the directory.
 */
@Repository
@Transactional(readOnly = true)
class OrukQueries {

    /** A page of results and the count of all that matched. */
    record Found<T>(long total, List<T> items) {
    }

    /** A service at a location, by its ids. */
    record ServiceAtLocationRow(String id, String serviceId, String locationId) {
    }

    /** Centre and radius of a proximity search; a null radius only orders by distance. */
    record Near(GeoPoint point, Double metres) {
    }

    private static final String DISTANCE_METRES = """
            2 * 6371008.8 * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)
                + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2)))""";

    private final JdbcClient jdbc;

    OrukQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Found<String> services(ServiceFilter filter, PageRequest page) {
        Where where = Where.of(filter);
        String from = " from service s join organization o on o.id = s.organization_id" + where.sql();
        long total = query("select count(*)" + from, where.params()).query(Long.class).single();
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", page.perPage());
        params.put("offset", page.offset());
        List<String> ids = query("select s.id" + from + " order by s.name, s.id limit :limit offset :offset", params)
                .query(String.class).list();
        return new Found<>(total, ids);
    }

    Found<ServiceAtLocationRow> servicesAtLocations(ServiceFilter filter, Optional<Near> near, PageRequest page) {
        Where where = Where.of(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        String conditions = where.sql();
        String order = " order by s.name, s.id, l.name, sl.id";
        if (near.isPresent()) {
            params.put("lat", near.get().point().latitude());
            params.put("lon", near.get().point().longitude());
            order = " order by " + DISTANCE_METRES + " nulls last, s.name, sl.id";
            if (near.get().metres() != null) {
                params.put("metres", near.get().metres());
                conditions += (conditions.isEmpty() ? " where " : " and ") + "l.latitude is not null and "
                        + DISTANCE_METRES + " <= :metres";
            }
        }
        String from = " from service_at_location sl join service s on s.id = sl.service_id"
                + " join organization o on o.id = s.organization_id join location l on l.id = sl.location_id"
                + conditions;
        long total = query("select count(*)" + from, params).query(Long.class).single();
        params.put("limit", page.perPage());
        params.put("offset", page.offset());
        List<ServiceAtLocationRow> rows = query("select sl.id, sl.service_id, sl.location_id" + from + order
                + " limit :limit offset :offset", params)
                .query((rs, n) -> new ServiceAtLocationRow(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new Found<>(total, rows);
    }

    Optional<ServiceAtLocationRow> serviceAtLocation(String id) {
        return jdbc.sql("select id, service_id, location_id from service_at_location where id = :id").param("id", id)
                .query((rs, n) -> new ServiceAtLocationRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Found<Organization> organizations(String search, PageRequest page) {
        List<String> words = search == null ? List.of() : List.of(search.toLowerCase().strip().split("\\s+"));
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? " where " : " and ")
                    .append("strpos(lower(o.name || ' ' || o.description), :w").append(i).append(") > 0");
            params.put("w" + i, words.get(i));
        }
        long total = query("select count(*) from organization o" + where, params).query(Long.class).single();
        params.put("limit", page.perPage());
        params.put("offset", page.offset());
        List<Organization> organizations = query("""
                select o.id, o.name, o.description, o.email, o.website, o.logo, o.uri, o.parent_organization_id
                from organization o""" + where + " order by o.name, o.id limit :limit offset :offset", params)
                .query((rs, n) -> new Organization(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), List.of()))
                .list();
        return new Found<>(total, organizations);
    }

    Found<Taxonomy> taxonomies(PageRequest page) {
        long total = jdbc.sql("select count(*) from taxonomy").query(Long.class).single();
        List<Taxonomy> taxonomies = jdbc.sql("""
                select id, name, description, uri, version from taxonomy order by name, id limit :limit offset :offset""")
                .param("limit", page.perPage()).param("offset", page.offset())
                .query((rs, n) -> new Taxonomy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        return new Found<>(total, taxonomies);
    }

    Map<String, String> taxonomyNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select id, name from taxonomy").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    /**
     * Terms, filtered as {@code /taxonomy_terms} allows.
     *
     * @param vocabulary the name of a taxonomy (ORUK 1.0 called it the vocabulary)
     * @param topOnly    only terms without a parent
     */
    Found<TaxonomyTerm> terms(String taxonomyId, String vocabulary, String parentId, boolean topOnly, String search,
            PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (taxonomyId != null) {
            conditions.add("t.taxonomy_id = :taxonomy");
            params.put("taxonomy", taxonomyId);
        }
        if (vocabulary != null) {
            conditions.add("lower(x.name) = lower(:vocabulary)");
            params.put("vocabulary", vocabulary);
        }
        if (parentId != null) {
            conditions.add("t.parent_id = :parent");
            params.put("parent", parentId);
        }
        if (topOnly) {
            conditions.add("t.parent_id is null");
        }
        if (search != null) {
            conditions.add("strpos(lower(t.name || ' ' || t.description || ' ' || coalesce(t.code, '')), :search) > 0");
            params.put("search", search.toLowerCase());
        }
        String from = " from taxonomy_term t left join taxonomy x on x.id = t.taxonomy_id"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        long total = query("select count(*)" + from, params).query(Long.class).single();
        params.put("limit", page.perPage());
        params.put("offset", page.offset());
        List<TaxonomyTerm> terms = query("""
                select t.id, t.code, t.name, t.description, t.parent_id, t.taxonomy_id, t.term_uri""" + from
                + " order by x.name nulls last, t.name, t.id limit :limit offset :offset", params)
                .query((rs, n) -> new TaxonomyTerm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        return new Found<>(total, terms);
    }

    private JdbcClient.StatementSpec query(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params);
    }

    /** The where clause for a service filter, over service {@code s} and organisation {@code o}. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(ServiceFilter f) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < f.words().size(); i++) {
                conditions.add("strpos(lower(s.name || ' ' || coalesce(s.description, '') || ' ' || o.name), :w" + i
                        + ") > 0");
                params.put("w" + i, f.words().get(i));
            }
            if (f.organizationId() != null) {
                conditions.add("s.organization_id = :organization");
                params.put("organization", f.organizationId());
            }
            if (f.taxonomyTermId() != null) {
                conditions.add("""
                        exists (select 1 from service_attribute a
                                where a.service_id = s.id and a.taxonomy_term_id = :term)""");
                params.put("term", f.taxonomyTermId());
            }
            if (f.taxonomyId() != null) {
                conditions.add("""
                        exists (select 1 from service_attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                                where a.service_id = s.id and t.taxonomy_id = :taxonomy)""");
                params.put("taxonomy", f.taxonomyId());
            }
            if (f.minimumAge() != null) {
                conditions.add("coalesce(s.minimum_age, 0) >= :minimumAge");
                params.put("minimumAge", f.minimumAge());
            }
            if (f.maximumAge() != null) {
                conditions.add("s.maximum_age <= :maximumAge");
                params.put("maximumAge", f.maximumAge());
            }
            if (f.modifiedAfter() != null) {
                conditions.add("s.last_modified >= :modifiedAfter");
                params.put("modifiedAfter", java.sql.Timestamp.from(f.modifiedAfter()));
            }
            if (f.hasScheduleCondition()) {
                List<String> onSchedule = new ArrayList<>();
                if (f.day() != null) {
                    onSchedule.add("sch.x ->> 'byday' ~ :dayPattern");
                    params.put("dayPattern", "(^|,)\\s*[-+]?[0-9]?" + f.day() + "\\s*($|,)");
                }
                if (f.startTime() != null) {
                    onSchedule.add("(sch.x ->> 'opens_at')::time >= :startTime");
                    params.put("startTime", f.startTime());
                }
                if (f.endTime() != null) {
                    onSchedule.add("(sch.x ->> 'closes_at')::time <= :endTime");
                    params.put("endTime", f.endTime());
                }
                conditions.add("""
                        exists (select 1 from (
                                    select x from jsonb_array_elements(coalesce(s.owned -> 'schedules', '[]')) x
                                    union all
                                    select x from service_at_location sl2, jsonb_array_elements(sl2.schedules) x
                                    where sl2.service_id = s.id) sch
                                where %s)""".formatted(String.join(" and ", onSchedule)));
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }
    }
}
