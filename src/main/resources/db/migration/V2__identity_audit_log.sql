-- Append-only audit log: who did what to which record, when and why.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    actor         text        not null,
    action        text        not null,
    subject_type  text        not null,
    subject_id    text,
    reason        text
);
create index audit_event_subject on audit_event (subject_type, subject_id);
create index audit_event_actor on audit_event (actor, occurred_at);

-- The log is append-only: updates and deletes are refused by the database itself.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
