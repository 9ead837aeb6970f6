-- User accounts. Passwords are stored only as one-way hashes (bcrypt via DelegatingPasswordEncoder).
create table user_account (
    id               uuid primary key,
    username         text        not null unique,
    password_hash    text        not null,
    display_name     text        not null,
    email            text,
    role             text        not null check (role in ('PUBLIC', 'REFERRER', 'LINK_WORKER', 'PROVIDER', 'COMMISSIONER', 'ADMIN')),
    place_id         text        not null,
    organisation_id  text,
    enabled          boolean     not null default true,
    demo             boolean     not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer     not null default 0
);
