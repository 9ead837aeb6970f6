-- Questionnaire definitions (FHIR R4 Questionnaires with a Linkwork scoring rule). A definition is never
-- changed once stored: a change is imported as a new version, so answers always meant what they mean.
create table outcomes_questionnaire (
    id           uuid primary key,
    url          text not null,
    version      text not null,
    name         text,
    title        text not null,
    status       text not null,
    method       text not null,
    item_count   integer not null,
    -- SHA-256 of the definition as HAPI FHIR writes it back: the same content imported again is a no-op.
    content_hash text not null,
    -- The JSON as it came, and as HAPI FHIR writes it back (what pages and scoring read).
    original     text not null,
    resource     jsonb not null,
    imported_at  timestamptz not null default now(),
    imported_by  text not null,
    constraint outcomes_questionnaire_identity unique (url, version)
);
