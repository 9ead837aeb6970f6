package org.linkwork.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.linkwork.directory.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Organizations {

    private static final TypeReference<List<Organization.OrganizationIdentifier>> IDENTIFIERS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, name, description, email, website, logo, uri, parent_organization_id, identifiers::text";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Organizations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Organization> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from organization where id = :id").param("id", id)
                .query((rs, row) -> map(rs)).optional();
    }

    List<Organization> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from organization where id in (:ids)").param("ids", ids)
                .query((rs, row) -> map(rs)).list();
    }

    List<Organization> page(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from organization order by name, id offset :offset limit :limit")
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> map(rs)).list();
    }

    long count() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }

    void upsert(Organization o) {
        jdbc.sql("""
                insert into organization (id, name, description, email, website, logo, uri, parent_organization_id,
                                          charity_number, company_number, identifiers)
                values (:id, :name, :description, :email, :website, :logo, :uri, :parent, :charity, :company,
                        cast(:identifiers as jsonb))
                on conflict (id) do update set
                    name = excluded.name, description = excluded.description, email = excluded.email,
                    website = excluded.website, logo = excluded.logo, uri = excluded.uri,
                    parent_organization_id = excluded.parent_organization_id,
                    charity_number = excluded.charity_number, company_number = excluded.company_number,
                    identifiers = excluded.identifiers, updated_at = now(), version = organization.version + 1
                """)
                .param("id", o.id()).param("name", o.name())
                .param("description", o.description() == null ? "" : o.description())
                .param("email", o.email()).param("website", o.website()).param("logo", o.logo())
                .param("uri", o.uri()).param("parent", o.parentOrganizationId())
                .param("charity", o.charityNumber().map(Organizations::normaliseNumber).orElse(null))
                .param("company", o.companyNumber().map(Organizations::normaliseNumber).orElse(null))
                .param("identifiers", json.writeValueAsString(o.organizationIdentifiers()))
                .update();
    }

    /** Registration numbers are compared without spaces and in upper case ("1 234 567" is "1234567"). */
    static String normaliseNumber(String number) {
        return number.replaceAll("\\s+", "").toUpperCase();
    }

    private Organization map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Organization(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), json.readValue(rs.getString(9), IDENTIFIERS));
    }
}
