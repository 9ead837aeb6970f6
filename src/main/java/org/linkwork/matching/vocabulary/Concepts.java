package org.linkwork.matching.vocabulary;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The concepts of the vocabulary as stored. Every insert and update takes the next revision, so that
 * {@link #revision()} tells any node whether its copy is current.
 */
@Repository
class Concepts {

    private static final String COLUMNS = """
            id, code, label, kind, phrases, needs, words, accessibility, avoid, alongside, nearby, reason, enabled, version
            """;

    private final JdbcClient jdbc;

    Concepts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("select coalesce(max(revision), 0) from matching_concept").query(Long.class).single();
    }

    List<Concept> all() {
        return jdbc.sql("select " + COLUMNS + " from matching_concept order by lower(label), code")
                .query(Concepts::concept).list();
    }

    Optional<Concept> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from matching_concept where id = :id").param("id", id)
                .query(Concepts::concept).optional();
    }

    Optional<Concept> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from matching_concept where code = :code").param("code", code)
                .query(Concepts::concept).optional();
    }

    void insert(Concept c, String by) {
        insert(c, by, null, "");
    }

    /**
     * For the shipped vocabulary: several nodes may start at once, and the first to add a code keeps it.
     *
     * @param wording the fingerprint of the shipped wording
     * @return whether it was added
     */
    boolean insertShipped(Concept c, String wording) {
        return insert(c, "system", wording, " on conflict (code) do nothing") == 1;
    }

    private int insert(Concept c, String by, String shippedWording, String onConflict) {
        return jdbc.sql("""
                insert into matching_concept (id, code, label, kind, phrases, needs, words, accessibility, avoid,
                    alongside, nearby, reason, enabled, updated_by, shipped_version, shipped_wording)
                values (:id, :code, :label, :kind, cast(:phrases as text[]), cast(:needs as text[]),
                    cast(:words as text[]), cast(:accessibility as text[]), cast(:avoid as text[]),
                    cast(:alongside as text[]), :nearby, :reason, :enabled, :by,
                    case when cast(:wording as text) is null then null else 0 end, :wording)
                """ + onConflict)
                .param("id", c.id()).param("code", c.code()).param("label", c.label()).param("kind", c.kind().name())
                .param("phrases", literal(c.phrases())).param("needs", literal(c.needs()))
                .param("words", literal(c.words())).param("accessibility", literal(c.accessibility()))
                .param("avoid", literal(c.avoid())).param("alongside", literal(c.alongside()))
                .param("nearby", c.nearby()).param("reason", c.reason()).param("enabled", c.enabled())
                .param("by", by).param("wording", shippedWording)
                .update();
    }

    /**
     * A stored concept against what Linkwork shipped of it.
     *
     * @param shippedVersion its version when Linkwork last wrote it; null when an administrator added it
     * @param shippedWording the fingerprint of the wording Linkwork last shipped; null when not known
     */
    record AsShipped(Concept concept, Integer shippedVersion, String shippedWording) {

        /** No administrator has changed it, or switched it off, since Linkwork last wrote it. */
        boolean unedited() {
            return shippedVersion != null && shippedVersion == concept.version();
        }
    }

    Optional<AsShipped> asShipped(String code) {
        return jdbc.sql("select " + COLUMNS + ", shipped_version, shipped_wording from matching_concept where code = :code")
                .param("code", code)
                .query((rs, row) -> new AsShipped(concept(rs, row), rs.getObject("shipped_version", Integer.class),
                        rs.getString("shipped_wording")))
                .optional();
    }

    /**
     * Writes a newer shipped wording over a concept still as last shipped.
     *
     * @return false when an administrator changed it after {@code stored} was read
     */
    boolean replaceShipped(AsShipped stored, Concept shipped, String wording) {
        return jdbc.sql("""
                update matching_concept set label = :label, kind = :kind,
                    phrases = cast(:phrases as text[]), needs = cast(:needs as text[]), words = cast(:words as text[]),
                    accessibility = cast(:accessibility as text[]), avoid = cast(:avoid as text[]),
                    alongside = cast(:alongside as text[]), nearby = :nearby, reason = :reason,
                    revision = nextval('matching_concept_revision'), version = version + 1,
                    shipped_version = version + 1, shipped_wording = :wording, updated_at = now(), updated_by = 'system'
                where id = :id and version = :version and shipped_version = :version
                """)
                .param("id", stored.concept().id()).param("label", shipped.label()).param("kind", shipped.kind().name())
                .param("phrases", literal(shipped.phrases())).param("needs", literal(shipped.needs()))
                .param("words", literal(shipped.words())).param("accessibility", literal(shipped.accessibility()))
                .param("avoid", literal(shipped.avoid())).param("alongside", literal(shipped.alongside()))
                .param("nearby", shipped.nearby()).param("reason", shipped.reason())
                .param("wording", wording).param("version", stored.concept().version())
                .update() == 1;
    }

    /** Notes the fingerprint of the wording of a concept still as shipped, whose wording did not change. */
    void noteShippedWording(AsShipped stored, String wording) {
        jdbc.sql("""
                update matching_concept set shipped_wording = :wording
                where id = :id and version = :version and shipped_version = :version
                """)
                .param("id", stored.concept().id()).param("wording", wording).param("version", stored.concept().version())
                .update();
    }

    /** @return false when the concept was changed since {@code c.version()} was read (or is gone) */
    boolean update(Concept c, String by) {
        return jdbc.sql("""
                update matching_concept set code = :code, label = :label, kind = :kind,
                    phrases = cast(:phrases as text[]), needs = cast(:needs as text[]), words = cast(:words as text[]),
                    accessibility = cast(:accessibility as text[]), avoid = cast(:avoid as text[]),
                    alongside = cast(:alongside as text[]), nearby = :nearby, reason = :reason, enabled = :enabled,
                    revision = nextval('matching_concept_revision'), version = version + 1, updated_at = now(),
                    updated_by = :by
                where id = :id and version = :version
                """)
                .param("id", c.id()).param("code", c.code()).param("label", c.label()).param("kind", c.kind().name())
                .param("phrases", literal(c.phrases())).param("needs", literal(c.needs()))
                .param("words", literal(c.words())).param("accessibility", literal(c.accessibility()))
                .param("avoid", literal(c.avoid())).param("alongside", literal(c.alongside()))
                .param("nearby", c.nearby()).param("reason", c.reason()).param("enabled", c.enabled())
                .param("by", by).param("version", c.version())
                .update() == 1;
    }

    int seededVersion() {
        return jdbc.sql("select coalesce(max(version), 0) from matching_vocabulary_seed").query(Integer.class).single();
    }

    void markSeeded(int version) {
        jdbc.sql("""
                insert into matching_vocabulary_seed (id, version) values (1, :version)
                on conflict (id) do update set version = excluded.version, seeded_at = now()
                """).param("version", version).update();
    }

    private static Concept concept(ResultSet rs, int row) throws SQLException {
        return new Concept(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("label"),
                ConceptKind.valueOf(rs.getString("kind")), list(rs.getArray("phrases")), list(rs.getArray("needs")),
                list(rs.getArray("words")), list(rs.getArray("accessibility")), list(rs.getArray("avoid")),
                list(rs.getArray("alongside")), rs.getBoolean("nearby"), rs.getString("reason"),
                rs.getBoolean("enabled"), rs.getInt("version"));
    }

    /** PostgreSQL text[] as a literal to cast, since named parameters expand Java arrays into lists. */
    private static String literal(List<String> values) {
        return values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }
}
