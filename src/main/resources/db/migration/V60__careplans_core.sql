-- Care plans: the "what matters to me" conversation and the personalised care and support plan of a
-- referral to the link-worker service. Reached only through module careplans, which audits every read.
-- Referrals, people and directory services are referred to by id only: their tables belong to their modules.

create table care_plan (
    id               uuid primary key,
    referral_id      uuid        not null unique,
    person_id        uuid        not null,
    place_id         text        not null,
    -- Who is reminded of reviews: the link worker the referral is allocated to, kept in step by its events.
    link_worker      text,
    -- The review date of the plan's latest version, for the caseload and the reminder job.
    next_review_due  date,
    closed_at        timestamptz,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer     not null default 0
);
create index care_plan_reviews on care_plan (link_worker, next_review_due) where closed_at is null;
create index care_plan_person on care_plan (person_id);

-- Versions of a plan. An agreed version is never changed again; a review or a change after agreement
-- starts the next version. Only the latest version, while it is a draft, is edited in place.
create table care_plan_version (
    plan_id        uuid        not null references care_plan (id),
    number         integer     not null check (number >= 1),
    kind           text        not null check (kind in ('started', 'changed', 'review')),
    -- Goals, actions, MSK health, contingency and review date, read and written together.
    content        jsonb       not null,
    change_note    text,
    review_notes   text,
    review_due     date,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    agreed_by      text,
    agreed_at      timestamptz,
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    primary key (plan_id, number),
    check ((agreed_at is null) = (agreed_by is null)),
    check (kind <> 'review' or (agreed_at is not null and review_notes is not null))
);

create function care_plan_version_keeps_agreed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'care_plan_version rows are never deleted';
    end if;
    if old.agreed_at is not null then
        raise exception 'care_plan_version %/% was agreed and cannot change: start a new version', old.plan_id, old.number;
    end if;
    return new;
end;
$$;
create trigger care_plan_version_immutable before update or delete on care_plan_version
    for each row execute function care_plan_version_keeps_agreed();

-- "What matters to me" conversations, append-only: each save is a new row, so earlier words stay.
create table care_plan_conversation (
    plan_id      uuid        not null references care_plan (id),
    number       integer     not null check (number >= 1),
    content      jsonb       not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0,
    primary key (plan_id, number)
);

create function care_plan_conversation_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'care_plan_conversation is append-only: record the conversation again instead';
end;
$$;
create trigger care_plan_conversation_no_update before update or delete on care_plan_conversation
    for each row execute function care_plan_conversation_is_append_only();

-- Links that let the person see their agreed plan without an account. Only a hash of the token is kept.
create table care_plan_share_link (
    id           uuid primary key,
    plan_id      uuid        not null references care_plan (id),
    token_hash   bytea       not null unique,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_by   text,
    revoked_at   timestamptz,
    last_viewed_at timestamptz,
    views        integer     not null default 0,
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0,
    check ((revoked_at is null) = (revoked_by is null))
);
create index care_plan_share_link_plan on care_plan_share_link (plan_id, created_at desc);

-- Review reminders sent, once per plan, review date and kind: claimed before telling, as escalation does.
create table care_plan_review_reminder (
    plan_id      uuid        not null references care_plan (id),
    review_due   date        not null,
    kind         text        not null check (kind in ('due-soon', 'overdue')),
    link_worker  text        not null,
    sent_at      timestamptz not null,
    primary key (plan_id, review_due, kind)
);
