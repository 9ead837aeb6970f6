package org.linkwork.referrals.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
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

    /**
     * Claims many keys of one caller in one statement, each for the referral about to be made with it
     * in this transaction (the reference is checked at commit), in key order so that two batches sharing
     * keys wait for each other rather than deadlock. A key claimed by a transaction still running is
     * waited for, as in {@link #claim}.
     *
     * @return the keys claimed now
     */
    Set<String> claimAll(String caller, Map<IdempotencyKey, ReferralId> requested) {
        if (requested.isEmpty()) {
            return Set.of();
        }
        List<IdempotencyKey> sorted = requested.keySet().stream().sorted(Comparator.comparing(IdempotencyKey::key))
                .toList();
        return new HashSet<>(jdbc.sql("""
                insert into referral_idempotency_key (caller, key, request_hash, referral_id)
                select :caller, k, h, r from unnest(:keys, :hashes, :referralIds) with ordinality as claimed(k, h, r, n)
                order by n
                on conflict (caller, key) do nothing
                returning key
                """)
                .param("caller", caller)
                .param("keys", new SqlArrayValue("text", sorted.stream().map(IdempotencyKey::key).toArray()))
                .param("hashes", new SqlArrayValue("text", sorted.stream().map(IdempotencyKey::requestHash).toArray()))
                .param("referralIds", new SqlArrayValue("uuid", sorted.stream().map(k -> requested.get(k).value()).toArray()))
                .query(String.class)
                .list());
    }

    /** Gives back keys claimed in this transaction for referrals that were not made in it after all. */
    void releaseAll(String caller, List<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.sql("delete from referral_idempotency_key where caller = :caller and key = any(:keys)")
                    .param("caller", caller)
                    .param("keys", new SqlArrayValue("text", keys.toArray()))
                    .update();
        }
    }

    void settle(String caller, String key, ReferralId referralId) {
        jdbc.sql("update referral_idempotency_key set referral_id = :referralId where caller = :caller and key = :key")
                .param("caller", caller)
                .param("key", key)
                .param("referralId", referralId.value())
                .update();
    }
}
