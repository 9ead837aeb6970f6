-- Imports of Open Referral UK files into the directory: one row per import, kept so that its
-- progress and outcome survive a page refresh or a restart and show on the admin page.
create table directory_import (
    id             uuid primary key,
    source         text        not null,
    format         text,
    status         text        not null check (status in ('running', 'completed', 'refused', 'failed')),
    reason         text,
    records_total  integer     not null default 0,
    records_read   integer     not null default 0,
    imported       integer     not null default 0,
    failed         integer     not null default 0,
    warnings       integer     not null default 0,
    started_by     text        not null,
    started_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    finished_at    timestamptz,
    version        integer     not null default 0
);
create index directory_import_started on directory_import (started_at desc);

-- What went wrong with a record (a failure: it was not imported) or was changed to import it (a
-- warning: it was imported without the part named).
create table directory_import_issue (
    id         bigint generated always as identity primary key,
    import_id  uuid    not null references directory_import (id) on delete cascade,
    severity   text    not null check (severity in ('failure', 'warning')),
    position   integer not null,
    pointer    text    not null,
    record_id  text,
    reason     text    not null,
    fields     jsonb   not null default '[]'
);
create index directory_import_issue_import on directory_import_issue (import_id, severity, position);
