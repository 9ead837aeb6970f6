-- Reminders to an organisation that a listing has not been confirmed for a while, written by the
-- daily freshness check. One row per listing, kind and verification: the check can run any number
-- of times (and on several nodes) without repeating a reminder, and a reminder stops applying once
-- the listing is confirmed again (its service's last_verified_at moves on).
create table directory_listing_reminder (
    id               bigint generated always as identity primary key,
    service_id       text        not null references service (id) on delete cascade,
    organization_id  text        not null,
    kind             text        not null check (kind in ('due_for_check', 'may_be_out_of_date')),
    last_verified_at timestamptz not null,
    created_at       timestamptz not null default now(),
    unique (service_id, kind, last_verified_at)
);
create index directory_listing_reminder_organization on directory_listing_reminder (organization_id);
