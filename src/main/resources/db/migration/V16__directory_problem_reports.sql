-- Problems with a listing reported by anyone from its public page. They go to the organisation
-- that runs the service and to administrators, who resolve or dismiss them with a note.
create table directory_problem_report (
    id               uuid primary key,
    service_id       text        not null references service (id) on delete cascade,
    kind             text        not null check (kind in ('closed', 'wrong_details', 'wrong_area', 'other')),
    description      text        not null check (length(description) between 1 and 2000),
    contact_email    text,
    status           text        not null default 'open' check (status in ('open', 'resolved', 'dismissed')),
    resolution_note  text,
    resolved_by      text,
    resolved_at      timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer     not null default 0
);
create index directory_problem_report_service on directory_problem_report (service_id);
create index directory_problem_report_open on directory_problem_report (status, created_at) where status = 'open';
