-- Erasure under data protection law may blank what a person said in their plan and conversations, even
-- in agreed versions, but only inside the erasure's own transaction, which says so with
-- set local linkwork.erasure = 'on'. Deletes stay refused: the ids and dates still count.
create or replace function care_plan_version_keeps_agreed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'care_plan_version rows are never deleted';
    end if;
    if old.agreed_at is not null and current_setting('linkwork.erasure', true) is distinct from 'on' then
        raise exception 'care_plan_version %/% was agreed and cannot change: start a new version', old.plan_id, old.number;
    end if;
    return new;
end;
$$;

create or replace function care_plan_conversation_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('linkwork.erasure', true) = 'on' then
        return new;
    end if;
    raise exception 'care_plan_conversation is append-only: record the conversation again instead';
end;
$$;
