package org.linkwork.referrals.internal;

import java.util.Optional;
import java.util.UUID;
import org.linkwork.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys of the JSON API, claimed by inserting them first: a concurrent request with the
 * same key waits on the primary key until the first transaction ends, then finds its row.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Claimed(String requestHash, Optional<ReferralId> referralId) {
    }

    /** True when this transaction claimed the key; false when it was claimed before (and committed). */
    boolean claim(String caller, String key, String requestHash) {
        return jdbc.sql("""
                insert into referral_idempotency_key (caller, key, request_hash) values (:caller, :key, :hash)
                on conflict (caller, key) do nothing
                """)
                .param("caller", caller)
                .param("key", key)
                .param("hash", requestHash)
                .update() == 1;
    }

    Claimed find(String caller, String key) {
        return jdbc.sql("select request_hash, referral_id from referral_idempotency_key where caller = :caller and key = :key")
                .param("caller", caller)
                .param("key", key)
                .query((rs, row) -> new Claimed(rs.getString("request_hash"),
                        Optional.ofNullable(rs.getObject("referral_id", UUID.class)).map(ReferralId::new)))
                .single();
    }

    void settle(String caller, String key, ReferralId referralId) {
        jdbc.sql("update referral_idempotency_key set referral_id = :referralId where caller = :caller and key = :key")
                .param("caller", caller)
                .param("key", key)
                .param("referralId", referralId.value())
                .update();
    }
}
