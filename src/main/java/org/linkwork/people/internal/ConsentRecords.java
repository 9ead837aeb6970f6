package org.linkwork.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.linkwork.people.Consent;
import org.linkwork.people.PersonId;
import org.linkwork.people.ConsentDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The append-only person_consent table. A record's history includes the decisions recorded on the
 * records merged into it, which keep their own rows: merging combines histories by reference.
 */
@Repository
class ConsentRecords {

    private static final String HISTORY = " " + """
            person_id in (select id from person where id = :id or merged_into = :id)
            """;

    private final JdbcClient jdbc;

    ConsentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Consent insert(PersonId id, Consent.Scope scope, Optional<Consent.Organisation> organisation, boolean given,
            String note, String recordedBy) {
        return jdbc.sql("""
                insert into person_consent (person_id, scope, organisation_id, organisation_name, given, note, recorded_by)
                values (:id, :scope, :organisationId, :organisationName, :given, :note, :recordedBy)
                returning scope, organisation_id, organisation_name, given, recorded_at, recorded_by, note
                """)
                .param("id", id.value())
                .param("scope", scope.name())
                .param("organisationId", organisation.map(Consent.Organisation::id).orElse(null))
                .param("organisationName", organisation.map(Consent.Organisation::name).orElse(null))
                .param("given", given)
                .param("note", note)
                .param("recordedBy", recordedBy)
                .query((rs, row) -> consent(rs))
                .single();
    }

    /**
     * Inserts checked decisions in one statement, each for the record that now stands for its person
     * (itself, or the record it was merged into).
     *
     * @return for each decision whose person exists, in the order given, the record it was kept for
     */
    List<PersonId> insertAll(List<ConsentDecision> decisions, String recordedBy) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into person_consent (person_id, scope, organisation_id, organisation_name, given, note, recorded_by)
                select coalesce(p.merged_into, p.id), d.scope, d.organisation_id, d.organisation_name, d.given, d.note,
                    :recordedBy
                from unnest(:ids, :scopes, :organisationIds, :organisationNames, :given, :notes) with ordinality
                    as d(id, scope, organisation_id, organisation_name, given, note, n)
                join person p on p.id = d.id
                order by d.n
                returning person_id
                """)
                .param("ids", new SqlArrayValue("uuid", decisions.stream().map(d -> d.personId().value()).toArray()))
                .param("scopes", new SqlArrayValue("text", decisions.stream().map(d -> d.scope().name()).toArray()))
                .param("organisationIds", new SqlArrayValue("text", decisions.stream()
                        .map(d -> d.organisation().map(Consent.Organisation::id).orElse(null)).toArray()))
                .param("organisationNames", new SqlArrayValue("text", decisions.stream()
                        .map(d -> d.organisation().map(Consent.Organisation::name).orElse(null)).toArray()))
                .param("given", new SqlArrayValue("boolean", decisions.stream().map(ConsentDecision::given).toArray()))
                .param("notes", new SqlArrayValue("text", decisions.stream().map(ConsentDecision::note).toArray()))
                .param("recordedBy", recordedBy)
                .query((rs, row) -> new PersonId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    /** Oldest first. */
    List<Consent> history(PersonId id) {
        return jdbc.sql("""
                select scope, organisation_id, organisation_name, given, recorded_at, recorded_by, note
                from person_consent where """ + HISTORY + " order by recorded_at, id")
                .param("id", id.value())
                .query((rs, row) -> consent(rs))
                .list();
    }

    /** The latest decision for the scope and organisation wins; none means not agreed. */
    boolean agreed(PersonId id, Consent.Scope scope, Optional<String> organisationId) {
        return jdbc.sql("""
                select given from person_consent
                where """ + HISTORY + """
                  and scope = :scope and organisation_id is not distinct from :organisationId
                order by recorded_at desc, id desc limit 1
                """)
                .param("id", id.value())
                .param("scope", scope.name())
                .param("organisationId", organisationId.orElse(null))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Blanks the free-text notes of the person's decisions; the decisions stay (the erasure's transaction allows it). */
    void eraseNotes(List<java.util.UUID> personIds) {
        jdbc.sql("update person_consent set note = null where person_id in (:ids) and note is not null")
                .param("ids", personIds)
                .update();
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        String organisationId = rs.getString("organisation_id");
        return new Consent(Consent.Scope.valueOf(rs.getString("scope")),
                organisationId == null ? Optional.empty()
                        : Optional.of(new Consent.Organisation(organisationId, rs.getString("organisation_name"))),
                rs.getBoolean("given"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"), rs.getString("note"));
    }
}
