-- Intake in batches claims a referral's Idempotency-Key with the referral's id before the referral row
-- is written in the same transaction; the reference is checked when the transaction commits.
alter table referral_idempotency_key
    alter constraint referral_idempotency_key_referral_id_fkey deferrable initially deferred;
