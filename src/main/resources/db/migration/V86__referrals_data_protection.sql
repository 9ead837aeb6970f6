-- Data protection in referrals: a referral's free text is anonymised when the person's record is
-- erased, or when the referral has been closed for the retention period.
alter table referral add column anonymised_at timestamptz;
create index referral_discharge_at on referral_discharge (discharged_at);

-- The histories stay append-only (no deletes ever), except that an erasure or a retention run may blank
-- their free text. That transaction says so with: set local linkwork.erasure = 'on'.
create or replace function referral_history_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('linkwork.erasure', true) = 'on' then
        return new;
    end if;
    raise exception '% is append-only', tg_table_name;
end;
$$;
