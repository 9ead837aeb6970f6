-- Referrals: intake, triage, allocation and the link worker's work with a person, and onward
-- referrals to directory services. Reached only through module referrals (org.linkwork.referrals.Referrals).
-- person_id, service_id and organisation_id name records of other modules; they are not foreign keys,
-- because modules never reach into each other's tables.

create table referral (
    id                 uuid primary key,
    place_id           text        not null,
    person_id          uuid        not null,
    source             text        not null check (source in ('gp', 'physio', 'self', 'social-care', 'vcs', 'other')),
    reason             text        not null,
    what_matters       text,
    needs              text[]      not null default '{}',
    urgency            text        not null check (urgency in ('routine', 'soon')),
    -- A referral is only ever made with the person's agreement.
    consent_confirmed  boolean     not null check (consent_confirmed),
    status             text        not null default 'received'
                           check (status in ('received', 'triaged', 'allocated', 'active', 'discharged')),
    allocated_to       text,
    allocated_at       timestamptz,
    review_due         date,
    -- The username of who referred; 'public' for the self-referral form; 'api:<username>' for the JSON API.
    referred_by        text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            integer     not null default 0,
    check ((status in ('allocated', 'active')) <= (allocated_to is not null))
);
-- The triage queue: a place's new referrals, urgent and oldest first.
create index referral_queue on referral (place_id, status, urgency, created_at);
-- A link worker's caseload.
create index referral_allocated_to on referral (allocated_to, status) where allocated_to is not null;
-- A referrer's own referrals.
create index referral_referred_by on referral (referred_by, created_at);
create index referral_person on referral (person_id);

-- Idempotency-Key of the JSON API. The key is inserted first, in the transaction that makes the
-- referral, so a second request with the same key waits on the primary key for the first to finish
-- and then finds its referral: two simultaneous requests still make one referral.
create table referral_idempotency_key (
    caller        text        not null,
    key           text        not null,
    -- SHA-256 of the request as read, so a retry with another body is told apart.
    request_hash  text        not null,
    referral_id   uuid references referral (id),
    created_at    timestamptz not null default now(),
    primary key (caller, key)
);

-- What happened to a referral, in order. Append-only.
create table referral_event (
    id           bigint generated always as identity primary key,
    referral_id  uuid        not null references referral (id),
    kind         text        not null,
    detail       text,
    actor        text        not null,
    occurred_at  timestamptz not null default now()
);
create index referral_event_referral on referral_event (referral_id, id);

create function referral_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger referral_event_no_update before update or delete on referral_event
    for each row execute function referral_history_is_append_only();

create table referral_contact (
    id                uuid primary key,
    referral_id       uuid        not null references referral (id),
    kind              text        not null check (kind in ('call', 'visit', 'message')),
    outcome           text        not null check (outcome in ('spoke', 'no-answer', 'left-message', 'met', 'other')),
    note              text,
    contacted_at      timestamptz not null,
    -- Set when the contact was the person's review: the next review falls due from it.
    review            boolean     not null default false,
    next_contact_due  date,
    recorded_by       text        not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer     not null default 0
);
create index referral_contact_referral on referral_contact (referral_id, contacted_at);

create table referral_appointment (
    id           uuid primary key,
    referral_id  uuid        not null references referral (id),
    starts_at    timestamptz not null,
    location     text        not null,
    purpose      text,
    booked_by    text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0
);
create index referral_appointment_referral on referral_appointment (referral_id, starts_at);

create table referral_note (
    id           uuid primary key,
    referral_id  uuid        not null references referral (id),
    text         text        not null,
    written_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0
);
create index referral_note_referral on referral_note (referral_id, created_at);

create table referral_discharge (
    referral_id    uuid primary key references referral (id),
    reason         text        not null check (reason in ('goals-met', 'declined', 'could-not-contact',
                                   'moved-away', 'referred-elsewhere', 'died', 'other')),
    note           text,
    discharged_by  text        not null,
    discharged_at  timestamptz not null default now(),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    check (reason <> 'other' or note is not null)
);

-- An onward referral ("social prescription") to a directory service, or a signpost: information
-- given about a service, with no referral and so no status. The service's and organisation's names
-- are kept as they were, so that the history reads the same after the directory changes.
create table onward_referral (
    id                 uuid primary key,
    referral_id        uuid        not null references referral (id),
    service_id         text        not null,
    service_name       text        not null,
    organisation_id    text        not null,
    organisation_name  text        not null,
    kind               text        not null check (kind in ('referral', 'signpost')),
    status             text check (status in ('requested', 'accepted', 'rejected', 'cancelled', 'in-progress',
                           'on-hold', 'completed', 'failed', 'entered-in-error')),
    note               text,
    referred_by        text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            integer     not null default 0,
    check ((kind = 'referral') = (status is not null))
);
create index onward_referral_referral on onward_referral (referral_id, created_at);
-- A provider's inbox: what was sent to its organisation, by status.
create index onward_referral_organisation on onward_referral (organisation_id, status, created_at)
    where kind = 'referral';

-- Every change of an onward referral's status, with who, when and why. Append-only.
create table onward_referral_history (
    id                  bigint generated always as identity primary key,
    onward_referral_id  uuid        not null references onward_referral (id),
    from_status         text,
    to_status           text        not null,
    reason_code         text check (reason_code in ('no-capacity', 'not-eligible', 'could-not-contact',
                            'person-declined', 'other')),
    reason_text         text,
    actor               text        not null,
    occurred_at         timestamptz not null default now(),
    check (reason_code <> 'other' or reason_text is not null)
);
create index onward_referral_history_onward on onward_referral_history (onward_referral_id, id);
create trigger onward_referral_history_no_update before update or delete on onward_referral_history
    for each row execute function referral_history_is_append_only();
