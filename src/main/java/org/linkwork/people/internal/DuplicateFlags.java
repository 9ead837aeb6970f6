package org.linkwork.people.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.PersonId;
import org.linkwork.people.PossibleDuplicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The person_possible_duplicate table: pairs flagged at intake, open until a link worker merges or
 * dismisses them. A pair is kept once, whichever way round.
 */
@Repository
class DuplicateFlags {

    private static final String PAIR = " " + """
            least(person_id, other_id) = least(cast(:a as uuid), cast(:b as uuid))
            and greatest(person_id, other_id) = greatest(cast(:a as uuid), cast(:b as uuid))
            """;

    private final JdbcClient jdbc;

    DuplicateFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Flags the pair unless it was flagged before (open, merged or dismissed); empty when it was. */
    Optional<PossibleDuplicate> flag(PersonId existing, PersonId other, PossibleDuplicate.Reason reason) {
        return jdbc.sql("""
                insert into person_possible_duplicate (person_id, other_id, reason) values (:existing, :other, :reason)
                on conflict ((least(person_id, other_id)), (greatest(person_id, other_id))) do nothing
                returning person_id, other_id, reason, created_at
                """)
                .param("existing", existing.value())
                .param("other", other.value())
                .param("reason", reason.name())
                .query((rs, row) -> flag(rs))
                .optional();
    }

    /** A pair to flag, for {@link #flagAll}. */
    record Pair(PersonId existing, PersonId other, PossibleDuplicate.Reason reason) {
    }

    /**
     * {@link #flag} for many pairs in one statement; returns the flags raised now (pairs flagged before,
     * or twice in the list, are left out).
     */
    List<PossibleDuplicate> flagAll(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into person_possible_duplicate (person_id, other_id, reason)
                select existing, other, reason from unnest(:existing, :others, :reasons) with ordinality
                    as pair(existing, other, reason, n)
                order by n
                on conflict ((least(person_id, other_id)), (greatest(person_id, other_id))) do nothing
                returning person_id, other_id, reason, created_at
                """)
                .param("existing", new SqlArrayValue("uuid", pairs.stream().map(p -> p.existing().value()).toArray()))
                .param("others", new SqlArrayValue("uuid", pairs.stream().map(p -> p.other().value()).toArray()))
                .param("reasons", new SqlArrayValue("text", pairs.stream().map(p -> p.reason().name()).toArray()))
                .query((rs, row) -> flag(rs))
                .list();
    }

    List<PossibleDuplicate> open() {
        return jdbc.sql("""
                select person_id, other_id, reason, created_at from person_possible_duplicate
                where status = 'open' order by created_at, id
                """)
                .query((rs, row) -> flag(rs))
                .list();
    }

    /** Closes the pair's open flag; false when there is none. */
    boolean decide(PersonId a, PersonId b, String status, String decidedBy) {
        return jdbc.sql("""
                update person_possible_duplicate set status = :status, decided_by = :decidedBy, decided_at = now(),
                    updated_at = now(), version = version + 1
                where status = 'open' and """ + PAIR)
                .param("a", a.value())
                .param("b", b.value())
                .param("status", status)
                .param("decidedBy", decidedBy)
                .update() > 0;
    }

    /**
     * After a merge, the duplicate's other open flags concern the kept record: each is moved to it,
     * or closed as merged when the kept record already has a flag with that person.
     */
    void moveOpenFlags(PersonId duplicate, PersonId keep, String decidedBy) {
        List<Row> rows = jdbc.sql("""
                select id, person_id, other_id from person_possible_duplicate
                where status = 'open' and (person_id = :duplicate or other_id = :duplicate) order by id
                """)
                .param("duplicate", duplicate.value())
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getObject("person_id", UUID.class),
                        rs.getObject("other_id", UUID.class)))
                .list();
        for (Row row : rows) {
            UUID third = row.personId().equals(duplicate.value()) ? row.otherId() : row.personId();
            boolean keepHasPair = third.equals(keep.value()) || jdbc.sql("select count(*) from person_possible_duplicate where " + PAIR)
                    .param("a", keep.value()).param("b", third).query(Long.class).single() > 0;
            if (keepHasPair) {
                jdbc.sql("""
                        update person_possible_duplicate set status = 'merged', decided_by = :decidedBy,
                            decided_at = now(), updated_at = now(), version = version + 1
                        where id = :id
                        """)
                        .param("id", row.id()).param("decidedBy", decidedBy).update();
            } else {
                jdbc.sql("""
                        update person_possible_duplicate set
                            person_id = case when person_id = :duplicate then :keep else person_id end,
                            other_id = case when other_id = :duplicate then :keep else other_id end,
                            updated_at = now(), version = version + 1
                        where id = :id
                        """)
                        .param("id", row.id()).param("duplicate", duplicate.value()).param("keep", keep.value())
                        .update();
            }
        }
    }

    private record Row(long id, UUID personId, UUID otherId) {
    }

    private static PossibleDuplicate flag(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PossibleDuplicate(new PersonId(rs.getObject("person_id", UUID.class)),
                new PersonId(rs.getObject("other_id", UUID.class)),
                PossibleDuplicate.Reason.valueOf(rs.getString("reason")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
