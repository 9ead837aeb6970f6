-- How many more people each service can take, as its organisation last said. No row: not stated.
-- Kept by module directory, so that search can show it; set by providers through their referrals inbox.
create table service_capacity (
    service_id    text primary key references service (id) on delete cascade,
    kind          text        not null check (kind in ('places', 'waiting-list')),
    places_left   integer check (places_left >= 0),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    check ((kind = 'places') = (places_left is not null))
);
