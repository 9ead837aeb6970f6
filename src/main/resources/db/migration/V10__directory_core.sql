-- The community directory, shaped after Open Referral UK 3.0.
-- Organisations, locations, services and taxonomy terms are rows of their own because they are
-- shared and linked; what a service owns outright (schedules, cost options, contacts, languages,
-- service areas, funding) is kept with it as JSON in ORUK 3.0 form, read and written whole.

create table organization (
    id                      text primary key,
    name                    text        not null,
    description             text        not null default '',
    email                   text,
    website                 text,
    logo                    text,
    uri                     text,
    parent_organization_id  text references organization (id),
    charity_number          text,
    company_number          text,
    identifiers             jsonb       not null default '[]',
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 integer     not null default 0
);
create index organization_charity_number on organization (charity_number) where charity_number is not null;
create index organization_company_number on organization (company_number) where company_number is not null;

create table location (
    id                        text primary key,
    location_type             text        not null default 'physical'
        check (location_type in ('physical', 'postal', 'virtual')),
    name                      text,
    description               text,
    latitude                  double precision check (latitude between -90 and 90),
    longitude                 double precision check (longitude between -180 and 180),
    external_identifier       text,
    external_identifier_type  text,
    addresses                 jsonb       not null default '[]',
    accessibility             jsonb       not null default '[]',
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    version                   integer     not null default 0
);

create table service (
    id               text primary key,
    organization_id  text        not null references organization (id),
    name             text        not null,
    description      text,
    url              text,
    email            text,
    status           text        not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    fees             text,
    accreditations   text,
    minimum_age      integer check (minimum_age >= 0),
    maximum_age      integer check (maximum_age >= 0),
    assured_date     date,
    assurer_email    text,
    alert            text,
    owned            jsonb       not null default '{}',
    last_verified_at timestamptz not null default now(),
    last_modified    timestamptz not null default now(),
    created_at       timestamptz not null default now(),
    version          integer     not null default 0,
    check (maximum_age is null or minimum_age is null or maximum_age >= minimum_age)
);
create index service_organization on service (organization_id);

create table service_at_location (
    id           text primary key,
    service_id   text  not null references service (id) on delete cascade,
    location_id  text  not null references location (id),
    schedules    jsonb not null default '[]',
    unique (service_id, location_id)
);
create index service_at_location_location on service_at_location (location_id);

create table taxonomy (
    id           text primary key,
    name         text not null,
    description  text not null default '',
    uri          text,
    version      text
);

create table taxonomy_term (
    id           text primary key,
    code         text,
    name         text not null,
    description  text not null default '',
    parent_id    text references taxonomy_term (id),
    taxonomy_id  text references taxonomy (id),
    term_uri     text
);
create unique index taxonomy_term_code on taxonomy_term (taxonomy_id, code) where code is not null;

-- ORUK attributes: a service linked to a taxonomy term (needs, accessibility, who it is for).
create table service_attribute (
    id                text primary key,
    service_id        text not null references service (id) on delete cascade,
    taxonomy_term_id  text not null references taxonomy_term (id),
    link_type         text,
    value             text,
    unique (service_id, taxonomy_term_id)
);
create index service_attribute_term on service_attribute (taxonomy_term_id);

-- Every change to the directory, in order: search indexes on every node follow it.
create table directory_change (
    seq          bigint generated always as identity primary key,
    entity_type  text        not null,
    entity_id    text        not null,
    changed_at   timestamptz not null default now()
);
