-- Data protection of people's records: erasure and restriction marks on the person, the record of
-- each data protection request and its decision, and each rectification of a record.

-- erased_at: the identifying details were erased (on request or by the retention rules); the row
-- stays, holding no name, NHS number, address or contact, so that references from other modules and
-- the audit log (ids only) still lead somewhere. restricted_since: processing is restricted until lifted.
alter table person
    add column erased_at        timestamptz,
    add column erased_because   text check (erased_because in ('request', 'retention')),
    add column restricted_since timestamptz,
    add column restricted_by    text,
    add check ((erased_at is null) = (erased_because is null)),
    add check ((restricted_since is null) = (restricted_by is null));
create index person_restricted on person (id) where restricted_since is not null;
-- Retention looks for records not erased, not merged, untouched since a cutoff.
create index person_retention on person (updated_at) where erased_at is null and merged_into is null;

-- A request made under UK GDPR (erasure, restriction, rectification, objection) and what was decided.
-- A refusal, or a partial one, names the legal exception relied on and says why in words.
create table data_protection_request (
    id              uuid primary key,
    person_id       uuid        not null references person (id),
    kind            text        not null check (kind in ('erasure', 'restriction', 'rectification', 'objection')),
    received_on     date        not null,
    decision        text        not null check (decision in ('carried-out', 'refused', 'partly')),
    legal_exception text check (legal_exception in ('freedom-of-expression', 'legal-obligation', 'public-health',
                        'archiving-research-statistics', 'legal-claims', 'crime-prevention', 'rights-of-others',
                        'serious-harm')),
    justification   text,
    decided_by      text        not null,
    decided_at      timestamptz not null,
    -- A restriction (or an upheld objection) stays in force until lifted.
    lifted_at       timestamptz,
    lifted_by       text,
    lift_reason     text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check ((decision = 'carried-out') = (legal_exception is null)),
    check (decision = 'carried-out' or justification is not null),
    check ((lifted_at is null) = (lifted_by is null))
);
create index data_protection_request_person on data_protection_request (person_id, decided_at);

-- Each change to a person's record: which fields, why, by whom, when. The values themselves are not
-- kept here: a rectified value was wrong, and the record holds the right one.
create table person_rectification (
    id           bigint generated always as identity primary key,
    person_id    uuid        not null references person (id),
    fields       text[]      not null,
    reason       text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now()
);
create index person_rectification_person on person_rectification (person_id, id);

-- Consent decisions stay append-only, except that an erasure may blank the free-text note (which can
-- hold anything the person said). The erasure transaction says so with: set local linkwork.erasure = 'on'.
create or replace function person_consent_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('linkwork.erasure', true) = 'on'
            and new.person_id = old.person_id and new.scope = old.scope and new.given = old.given
            and new.recorded_at = old.recorded_at then
        return new;
    end if;
    raise exception 'person_consent is append-only: record a new decision instead';
end;
$$;
