package org.linkwork.directory.listings;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds organisations by name, for an administrator choosing one to act for.
 */
@Repository
class OrganisationNames {

    record Match(String id, String name, long services) {
    }

    private final JdbcClient jdbc;

    OrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Match> named(String words, int limit) {
        String pattern = "%" + (words == null ? "" : words.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_")) + "%";
        return jdbc.sql("""
                select o.id, o.name, count(s.id) from organization o left join service s on s.organization_id = o.id
                where o.name ilike :pattern group by o.id, o.name order by o.name limit :limit
                """)
                .param("pattern", pattern).param("limit", limit)
                .query((rs, row) -> new Match(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }
}
