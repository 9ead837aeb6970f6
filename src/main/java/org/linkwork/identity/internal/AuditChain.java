package org.linkwork.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain that makes the audit log tamper-evident: {@link #seal()} links the events written
 * since it last ran, {@link #verify()} recomputes the whole chain from the events as they are now.
 *
 * <p>A seal's hash is SHA-256 over the previous seal's hash and the event's fields, each written
 * with its length first so that no two different events can read the same. The chain's head is
 * written to the application log at each sealing: a copy outside the database that a truncated
 * chain cannot match.
 */
@Component
public class AuditChain {

    /** The result of checking the chain. */
    public record Verification(long sealed, long waiting, Optional<Long> brokenAt, String finding, String head) {

        public boolean intact() {
            return brokenAt.isEmpty();
        }
    }

    static final int SEALS_PER_RUN = 5_000;
    private static final byte[] GENESIS = new byte[32];
    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private record Event(long id, Instant occurredAt, String actor, String action, String subjectType,
            String subjectId, String reason) {
    }

    private record Seal(long position, byte[] chainHash) {
    }

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Seals the events waiting, oldest first, up to {@link #SEALS_PER_RUN}; nodes take turns.
     *
     * @return how many were sealed
     */
    @Transactional
    public int seal() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('linkwork.audit_seal'))").query(Object.class).list();
        List<Event> waiting = jdbc.sql("""
                select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.reason
                from audit_unsealed u join audit_event e on e.id = u.event_id
                order by e.id limit :limit
                """)
                .param("limit", SEALS_PER_RUN)
                .query((rs, row) -> event(rs))
                .list();
        if (waiting.isEmpty()) {
            return 0;
        }
        Seal head = jdbc.sql("select position, chain_hash from audit_seal order by position desc limit 1")
                .query((rs, row) -> new Seal(rs.getLong(1), rs.getBytes(2)))
                .optional()
                .orElse(new Seal(0, GENESIS));
        long position = head.position();
        byte[] hash = head.chainHash();
        Long[] positions = new Long[waiting.size()];
        Long[] eventIds = new Long[waiting.size()];
        byte[][] hashes = new byte[waiting.size()][];
        for (int i = 0; i < waiting.size(); i++) {
            Event event = waiting.get(i);
            position++;
            hash = link(hash, event);
            positions[i] = position;
            eventIds[i] = event.id();
            hashes[i] = hash;
        }
        // One statement for the run's seals, not one round trip each.
        jdbc.sql("""
                insert into audit_seal (position, event_id, chain_hash)
                select * from unnest(:positions::bigint[], :events::bigint[], :hashes::bytea[])
                """)
                .param("positions", positions)
                .param("events", eventIds)
                .param("hashes", hashes)
                .update();
        jdbc.sql("delete from audit_unsealed where event_id in (:ids)")
                .param("ids", waiting.stream().map(Event::id).toList())
                .update();
        log.info("Audit log sealed to position {}, chain head {}", position, HexFormat.of().formatHex(hash));
        return waiting.size();
    }

    /** Recomputes every seal from the events as stored now, and says where the first mismatch is. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        long waiting = jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single();
        long events = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        long[] expectedPosition = {1};
        byte[][] hash = {GENESIS};
        String[] finding = {null};
        jdbc.sql("""
                select s.position, s.chain_hash, e.id, e.occurred_at, e.actor, e.action, e.subject_type,
                       e.subject_id, e.reason
                from audit_seal s left join audit_event e on e.id = s.event_id
                order by s.position
                """)
                .withFetchSize(1_000)
                .query((ResultSet rs) -> {
                    if (finding[0] != null) {
                        return;
                    }
                    long position = rs.getLong("position");
                    if (position != expectedPosition[0]) {
                        finding[0] = "seal " + expectedPosition[0] + " is missing";
                        return;
                    }
                    if (rs.getObject("id") == null) {
                        finding[0] = "the event sealed at position " + position + " is missing";
                        return;
                    }
                    byte[] expected = link(hash[0], event(rs));
                    if (!MessageDigest.isEqual(expected, rs.getBytes("chain_hash"))) {
                        finding[0] = "the event sealed at position " + position + " was changed after it was sealed";
                        return;
                    }
                    hash[0] = expected;
                    expectedPosition[0]++;
                });
        long sealed = expectedPosition[0] - 1;
        if (finding[0] == null && sealed + waiting != events) {
            finding[0] = (events - sealed - waiting) + " events are neither sealed nor waiting to be";
        }
        Optional<Long> brokenAt = finding[0] == null ? Optional.empty() : Optional.of(sealed + 1);
        return new Verification(sealed, waiting, brokenAt,
                finding[0] == null ? "The chain matches every sealed event" : finding[0],
                HexFormat.of().formatHex(hash[0]));
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("reason"));
    }

    private static byte[] link(byte[] previous, Event event) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(16).putLong(event.id())
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, event.occurredAt())).array());
        for (String field : new String[] {event.actor(), event.action(), event.subjectType(), event.subjectId(),
                event.reason()}) {
            if (field == null) {
                sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
