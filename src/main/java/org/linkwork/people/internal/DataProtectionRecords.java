package org.linkwork.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.DataProtectionRequest;
import org.linkwork.people.DataSubject;
import org.linkwork.people.LegalException;
import org.linkwork.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The data protection tables of module people: requests and their decisions, rectifications, and the
 * erasure and restriction marks on the person row.
 */
@Repository
class DataProtectionRecords {

    /** A change to a person's record, as the rectification history keeps it. */
    record Rectification(List<String> fields, String reason, String recordedBy, Instant recordedAt) {
    }

    /** A record that the retention rules may let go: not erased, merged or restricted, untouched since the cutoff. */
    record RetentionCandidate(PersonId id, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    DataProtectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DataSubject subject(PersonId live) {
        List<PersonId> former = jdbc.sql("select id from person where merged_into = :id order by merged_at, id")
                .param("id", live.value())
                .query(UUID.class).list().stream().map(PersonId::new).toList();
        return new DataSubject(live, former);
    }

    void insertRequest(DataProtectionRequest request) {
        jdbc.sql("""
                insert into data_protection_request (id, person_id, kind, received_on, decision, legal_exception,
                    justification, decided_by, decided_at)
                values (:id, :personId, :kind, :receivedOn, :decision, :legalException, :justification, :decidedBy,
                    :decidedAt)
                """)
                .param("id", request.id())
                .param("personId", request.personId().value())
                .param("kind", request.kind().code())
                .param("receivedOn", request.receivedOn())
                .param("decision", request.decision().code())
                .param("legalException", request.legalException().map(LegalException::code).orElse(null))
                .param("justification", request.justification())
                .param("decidedBy", request.decidedBy())
                .param("decidedAt", Timestamp.from(request.decidedAt()))
                .update();
    }

    List<DataProtectionRequest> requests(DataSubject subject) {
        return jdbc.sql("""
                select id, person_id, kind, received_on, decision, legal_exception, justification, decided_by,
                    decided_at, lifted_at, lifted_by
                from data_protection_request where person_id in (:ids) order by decided_at, id
                """)
                .param("ids", ids(subject))
                .query((rs, row) -> request(rs))
                .list();
    }

    /** Marks the restrictions in force on the person (and objections upheld) as lifted. */
    void liftRequests(PersonId id, String liftedBy, String reason) {
        jdbc.sql("""
                update data_protection_request set lifted_at = now(), lifted_by = :liftedBy, lift_reason = :reason,
                    updated_at = now(), version = version + 1
                where person_id = :id and kind in ('restriction', 'objection') and decision <> 'refused'
                    and lifted_at is null
                """)
                .param("id", id.value())
                .param("liftedBy", liftedBy)
                .param("reason", reason)
                .update();
    }

    void restrict(PersonId id, String by) {
        jdbc.sql("""
                update person set restricted_since = coalesce(restricted_since, now()),
                    restricted_by = coalesce(restricted_by, :by), updated_at = now(), version = version + 1
                where id = :id
                """)
                .param("id", id.value())
                .param("by", by)
                .update();
    }

    boolean lift(PersonId id) {
        return jdbc.sql("""
                update person set restricted_since = null, restricted_by = null, updated_at = now(),
                    version = version + 1
                where id = :id and restricted_since is not null
                """)
                .param("id", id.value())
                .update() == 1;
    }

    /** When processing of the record (or the one it was merged into) was restricted, if it is. */
    Optional<Instant> restrictedSince(PersonId id) {
        return jdbc.sql("""
                select p.restricted_since from person p
                where p.id = (select coalesce(merged_into, id) from person where id = :id)
                """)
                .param("id", id.value())
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .optional()
                .flatMap(since -> since);
    }

    Optional<Instant> erasedAt(PersonId id) {
        return jdbc.sql("select erased_at from person where id = :id")
                .param("id", id.value())
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional()
                .flatMap(at -> at);
    }

    /**
     * Erases what identifies the person from their rows and those merged into them: names, NHS number,
     * address (the ward stays, for counts by area), contact details, gender in their words, language and
     * needs, GP practice; the date of birth becomes the first of January of its year (for counts by age).
     */
    void erasePerson(DataSubject subject, String because) {
        jdbc.sql("""
                update person set given_name = '[erased]', family_name = '[erased]', preferred_name = null,
                    birth_date = make_date(extract(year from birth_date)::int, 1, 1), nhs_number = null,
                    address_line1 = null, address_line2 = null, town = null, postcode = null, lsoa_code = null,
                    phone = null, mobile = null, email = null, contact_methods = '{}', contact_times = null,
                    gender = null, main_language = null, accessible_information_needs = null,
                    gp_practice_code = null, gp_practice_name = null,
                    erased_at = coalesce(erased_at, now()), erased_because = coalesce(erased_because, :because),
                    updated_at = now(), version = version + 1
                where id in (:ids)
                """)
                .param("ids", ids(subject))
                .param("because", because)
                .update();
        jdbc.sql("""
                update person_possible_duplicate set status = 'dismissed', decided_by = 'erasure', decided_at = now(),
                    updated_at = now(), version = version + 1
                where status = 'open' and (person_id in (:ids) or other_id in (:ids))
                """)
                .param("ids", ids(subject))
                .update();
        jdbc.sql("update person_rectification set reason = null where person_id in (:ids)")
                .param("ids", ids(subject))
                .update();
        jdbc.sql("""
                update data_protection_request set justification = case when justification is null then null
                    else '[erased]' end, lift_reason = null, updated_at = now(), version = version + 1
                where person_id in (:ids)
                """)
                .param("ids", ids(subject))
                .update();
    }

    void insertRectification(PersonId id, List<String> fields, String reason, String recordedBy) {
        jdbc.sql("""
                insert into person_rectification (person_id, fields, reason, recorded_by)
                values (:id, cast(:fields as text[]), :reason, :recordedBy)
                """)
                .param("id", id.value())
                .param("fields", fields.stream().collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("reason", reason)
                .param("recordedBy", recordedBy)
                .update();
    }

    List<Rectification> rectifications(DataSubject subject) {
        return jdbc.sql("""
                select fields, reason, recorded_by, recorded_at from person_rectification
                where person_id in (:ids) order by id
                """)
                .param("ids", ids(subject))
                .query((rs, row) -> new Rectification(
                        List.of((String[]) rs.getArray("fields").getArray()), rs.getString("reason"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The latest change to the person's own rows: the record, its consents, its rectifications. */
    Optional<Instant> lastChange(DataSubject subject) {
        return jdbc.sql("""
                select greatest(
                    (select max(updated_at) from person where id in (:ids)),
                    (select max(recorded_at) from person_consent where person_id in (:ids)),
                    (select max(decided_at) from data_protection_request where person_id in (:ids)))
                """)
                .param("ids", ids(subject))
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }

    /** Live records not erased or restricted whose row was last changed before the cutoff, oldest first. */
    List<RetentionCandidate> untouchedSince(Instant cutoff, int limit) {
        return jdbc.sql("""
                select id, updated_at from person
                where erased_at is null and merged_into is null and restricted_since is null and updated_at < :cutoff
                order by updated_at, id limit :limit
                """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query((rs, row) -> new RetentionCandidate(new PersonId(rs.getObject("id", UUID.class)),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Lets this transaction blank free text in append-only tables (see V85, V86): an erasure does. */
    void allowErasureInThisTransaction() {
        jdbc.sql("select set_config('linkwork.erasure', 'on', true)").query((rs, row) -> 1).list();
    }

    private static List<UUID> ids(DataSubject subject) {
        return subject.ids().stream().map(PersonId::value).toList();
    }

    private static DataProtectionRequest request(ResultSet rs) throws SQLException {
        String exception = rs.getString("legal_exception");
        return new DataProtectionRequest(rs.getObject("id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)),
                DataProtectionRequest.Kind.fromCode(rs.getString("kind")).orElseThrow(),
                rs.getObject("received_on", LocalDate.class),
                DataProtectionRequest.Decision.fromCode(rs.getString("decision")).orElseThrow(),
                exception == null ? Optional.empty() : LegalException.fromCode(exception),
                rs.getString("justification"), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("lifted_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString("lifted_by")));
    }
}
