-- Tamper evidence for the audit log: a hash chain over its events. Each seal holds the SHA-256 of
-- the previous seal's hash and one event's content, in the order the events were sealed, so that
-- changing, removing or reordering any sealed event (even by someone able to switch the
-- append-only triggers off) no longer matches the chain. Events are sealed shortly after they are
-- committed, by one sealer at a time, so that writing an audit event never waits for another.
create table audit_seal (
    position    bigint      primary key,
    event_id    bigint      not null unique references audit_event (id),
    chain_hash  bytea       not null,
    sealed_at   timestamptz not null default now()
);

create function audit_seal_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_seal is append-only';
end;
$$;
create trigger audit_seal_no_update before update or delete on audit_seal
    for each row execute function audit_seal_is_append_only();

-- The events written but not sealed yet: filled with each new event, emptied by the sealer.
create table audit_unsealed (
    event_id bigint primary key
);

create function audit_event_to_seal() returns trigger language plpgsql as $$
begin
    insert into audit_unsealed (event_id) values (new.id);
    return null;
end;
$$;
create trigger audit_event_queued_for_seal after insert on audit_event
    for each row execute function audit_event_to_seal();

insert into audit_unsealed (event_id) select id from audit_event;
