-- The concept vocabulary of suggestions: what people say (phrases) and what it points to in the directory
-- (needs taxonomy codes, words of a listing, accessibility codes), editable by administrators. Nothing about a
-- person is kept here. Every change takes the next revision, so each node sees that its copy is old.
create sequence matching_concept_revision;

create table matching_concept (
    id            uuid        primary key,
    code          text        not null unique,
    label         text        not null,
    kind          text        not null check (kind in ('NEED', 'ACTIVITY', 'BARRIER')),
    phrases       text[]      not null default '{}',
    needs         text[]      not null default '{}',
    words         text[]      not null default '{}',
    accessibility text[]      not null default '{}',
    avoid         text[]      not null default '{}',
    alongside     text[]      not null default '{}',
    nearby        boolean     not null default false,
    reason        text        not null,
    enabled       boolean     not null default true,
    revision      bigint      not null default nextval('matching_concept_revision'),
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    updated_by    text        not null
);

-- Which version of the shipped vocabulary (src/main/resources/matching/concepts.yaml) has been added, so that a
-- newer one adds its new concepts at start without undoing what administrators changed.
create table matching_vocabulary_seed (
    id       integer primary key check (id = 1),
    version  integer     not null,
    seeded_at timestamptz not null default now()
);
