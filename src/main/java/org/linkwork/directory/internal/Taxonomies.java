package org.linkwork.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Taxonomies {

    private static final String TERM_COLUMNS = "id, code, name, description, parent_id, taxonomy_id, term_uri";

    private final JdbcClient jdbc;

    Taxonomies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Taxonomy> all() {
        return jdbc.sql("select id, name, description, uri, version from taxonomy order by name")
                .query((rs, row) -> new Taxonomy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    List<TaxonomyTerm> terms(String taxonomyId) {
        return jdbc.sql("select " + TERM_COLUMNS + " from taxonomy_term where (:taxonomy::text is null or taxonomy_id = :taxonomy) order by name")
                .param("taxonomy", taxonomyId)
                .query((rs, row) -> map(rs)).list();
    }

    List<TaxonomyTerm> terms(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + TERM_COLUMNS + " from taxonomy_term where id in (:ids) order by name")
                .param("ids", ids).query((rs, row) -> map(rs)).list();
    }

    Optional<TaxonomyTerm> term(String id) {
        return jdbc.sql("select " + TERM_COLUMNS + " from taxonomy_term where id = :id").param("id", id)
                .query((rs, row) -> map(rs)).optional();
    }

    Optional<TaxonomyTerm> termByCode(String taxonomyId, String code) {
        return jdbc.sql("select " + TERM_COLUMNS + " from taxonomy_term where taxonomy_id = :taxonomy and code = :code")
                .param("taxonomy", taxonomyId).param("code", code)
                .query((rs, row) -> map(rs)).optional();
    }

    List<String> missingTermIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> found = jdbc.sql("select id from taxonomy_term where id in (:ids)").param("ids", ids)
                .query(String.class).list();
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }

    void upsert(Taxonomy t) {
        jdbc.sql("""
                insert into taxonomy (id, name, description, uri, version) values (:id, :name, :description, :uri, :version)
                on conflict (id) do update set name = excluded.name, description = excluded.description,
                    uri = excluded.uri, version = excluded.version
                """)
                .param("id", t.id()).param("name", t.name())
                .param("description", t.description() == null ? "" : t.description())
                .param("uri", t.uri()).param("version", t.version())
                .update();
    }

    void upsert(TaxonomyTerm t) {
        jdbc.sql("""
                insert into taxonomy_term (id, code, name, description, parent_id, taxonomy_id, term_uri)
                values (:id, :code, :name, :description, :parent, :taxonomy, :uri)
                on conflict (id) do update set code = excluded.code, name = excluded.name,
                    description = excluded.description, parent_id = excluded.parent_id,
                    taxonomy_id = excluded.taxonomy_id, term_uri = excluded.term_uri
                """)
                .param("id", t.id()).param("code", t.code()).param("name", t.name())
                .param("description", t.description() == null ? "" : t.description())
                .param("parent", t.parentId()).param("taxonomy", t.taxonomyId()).param("uri", t.termUri())
                .update();
    }

    private static TaxonomyTerm map(ResultSet rs) throws SQLException {
        return new TaxonomyTerm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}
