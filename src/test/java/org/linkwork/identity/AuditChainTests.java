package org.linkwork.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linkwork.identity.internal.AuditChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log's hash chain: events are sealed in order, and a change made behind the
 * application's back (with the append-only triggers switched off, as only a database owner could)
 * is found by the check. Each tampering is put back before the test ends.
 */
@SpringBootTest
class AuditChainTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sealsNewEventsAndFindsTheChainIntact() {
        auditLog.record("test.sealed", "test", "chain-1", "first");
        auditLog.record("test.sealed", "test", "chain-2", "second");
        chain.seal();
        AuditChain.Verification verification = chain.verify();
        assertThat(verification.intact()).as(verification.finding()).isTrue();
        assertThat(verification.waiting()).isZero();
        assertThat(verification.sealed()).isEqualTo(
                jdbc.sql("select count(*) from audit_event").query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from audit_seal s join audit_event e on e.id = s.event_id "
                + "where e.subject_id in ('chain-1', 'chain-2')").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void findsAnEventChangedAfterItWasSealed() {
        auditLog.record("person.read", "test", "altered", "looked at the record");
        chain.seal();
        long id = jdbc.sql("select id from audit_event where subject_id = 'altered'").query(Long.class).single();
        long position = jdbc.sql("select position from audit_seal where event_id = :id").param("id", id)
                .query(Long.class).single();
        String actor = jdbc.sql("select actor from audit_event where id = :id").param("id", id)
                .query(String.class).single();
        withTriggersOff(() -> jdbc.sql("update audit_event set actor = 'someone-else' where id = :id")
                .param("id", id).update());
        try {
            AuditChain.Verification verification = chain.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).contains(position);
            assertThat(verification.finding()).contains("was changed after it was sealed");
        } finally {
            withTriggersOff(() -> jdbc.sql("update audit_event set actor = :actor where id = :id")
                    .param("actor", actor).param("id", id).update());
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void findsAnEventRemovedFromWithinTheChain() {
        auditLog.record("person.read", "test", "removed", "looked at the record");
        auditLog.record("person.read", "test", "kept after the removed one", "looked again");
        chain.seal();
        var row = jdbc.sql("select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.reason, "
                        + "s.position, s.chain_hash, s.sealed_at from audit_event e join audit_seal s on s.event_id = e.id "
                        + "where e.subject_id = 'removed'").query().singleRow();
        withTriggersOff(() -> {
            jdbc.sql("delete from audit_seal where event_id = :id").param("id", row.get("id")).update();
            jdbc.sql("delete from audit_event where id = :id").param("id", row.get("id")).update();
        });
        try {
            AuditChain.Verification verification = chain.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.finding()).contains("is missing");
        } finally {
            jdbc.sql("""
                    insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, reason)
                    overriding system value values (:id, :at, :actor, :action, :type, :subject, :reason)
                    """)
                    .param("id", row.get("id")).param("at", row.get("occurred_at")).param("actor", row.get("actor"))
                    .param("action", row.get("action")).param("type", row.get("subject_type"))
                    .param("subject", row.get("subject_id")).param("reason", row.get("reason")).update();
            jdbc.sql("delete from audit_unsealed where event_id = :id").param("id", row.get("id")).update();
            jdbc.sql("insert into audit_seal (position, event_id, chain_hash, sealed_at) values (:p, :id, :h, :at)")
                    .param("p", row.get("position")).param("id", row.get("id")).param("h", row.get("chain_hash"))
                    .param("at", row.get("sealed_at")).update();
        }
        assertThat(chain.verify().intact()).as(chain.verify().finding()).isTrue();
    }

    @Test
    void theDatabaseRefusesChangesToSealsAndEvents() {
        auditLog.record("test.sealed", "test", "guarded", "kept");
        chain.seal();
        assertThatThrownBy(() -> jdbc.sql("update audit_seal set chain_hash = '\\x00'").update())
                .hasMessageContaining("audit_seal is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where subject_id = 'guarded'").update())
                .hasMessageContaining("audit_event is append-only");
    }

    /** What only the database's owner could do: change the log with its guards switched off. */
    private void withTriggersOff(Runnable tampering) {
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
        jdbc.sql("alter table audit_seal disable trigger audit_seal_no_update").update();
        try {
            tampering.run();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
            jdbc.sql("alter table audit_seal enable trigger audit_seal_no_update").update();
        }
    }
}
