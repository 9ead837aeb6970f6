-- People: person records, their consent decisions and possible duplicates. Reached only through
-- module people (org.linkwork.people.People), which audits every read.

create table person (
    id                            uuid primary key,
    place_id                      text        not null,
    given_name                    text        not null,
    family_name                   text        not null,
    preferred_name                text,
    birth_date                    date        not null,
    -- Not unique: two records with one NHS number are flagged for a link worker, not refused.
    nhs_number                    text check (nhs_number ~ '^[0-9]{10}$'),
    address_line1                 text,
    address_line2                 text,
    town                          text,
    postcode                      text,
    ward_code                     text,
    lsoa_code                     text,
    phone                         text,
    mobile                        text,
    email                         text,
    contact_methods               text[]      not null default '{}',
    contact_times                 text,
    sex                           text check (sex in ('FEMALE', 'MALE', 'INDETERMINATE', 'NOT_KNOWN')),
    gender                        text,
    ethnicity                     text check (ethnicity ~ '^[A-HJ-NPRSZ]$'),
    main_language                 text,
    interpreter_needed            boolean     not null default false,
    accessible_information_needs  text,
    long_term_conditions          text[]      not null default '{}',
    gp_practice_code              text,
    gp_practice_name              text,
    -- A merged record stays, so that all history does; it leads to the record it was merged into.
    merged_into                   uuid references person (id),
    merged_at                     timestamptz,
    merged_by                     text,
    created_by                    text        not null,
    created_at                    timestamptz not null default now(),
    updated_at                    timestamptz not null default now(),
    version                       integer     not null default 0,
    check (merged_into is null or merged_into <> id),
    check ((merged_into is null) = (merged_at is null))
);
create index person_nhs_number on person (nhs_number) where nhs_number is not null;
-- Duplicate candidates are people born on the same day; the date is selective enough to compare names in Java.
create index person_birth_date on person (birth_date) where merged_into is null;
create index person_merged_into on person (merged_into) where merged_into is not null;

-- Consent decisions, append-only: a withdrawal is a new row with given = false.
create table person_consent (
    id                 bigint generated always as identity primary key,
    person_id          uuid        not null references person (id),
    scope              text        not null check (scope in ('SHARE_WITH_ORGANISATION', 'CONTACT_BY_TEXT',
                                       'CONTACT_BY_EMAIL', 'EVALUATION', 'REFERRAL')),
    organisation_id    text,
    organisation_name  text,
    given              boolean     not null,
    note               text,
    recorded_at        timestamptz not null default now(),
    recorded_by        text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            integer     not null default 0,
    check ((scope = 'SHARE_WITH_ORGANISATION') = (organisation_id is not null))
);
create index person_consent_person on person_consent (person_id, scope, organisation_id);

create function person_consent_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'person_consent is append-only: record a new decision instead';
end;
$$;
create trigger person_consent_no_update before update or delete on person_consent
    for each row execute function person_consent_is_append_only();

-- Pairs of records that may be the same person, for a link worker to merge or dismiss.
create table person_possible_duplicate (
    id           bigint generated always as identity primary key,
    person_id    uuid        not null references person (id),
    other_id     uuid        not null references person (id),
    reason       text        not null check (reason in ('SAME_NHS_NUMBER', 'SIMILAR_NAME_SAME_BIRTH_DATE_AND_POSTCODE',
                                 'SIMILAR_NAME_SAME_BIRTH_DATE')),
    status       text        not null default 'open' check (status in ('open', 'merged', 'dismissed')),
    decided_by   text,
    decided_at   timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0,
    check (person_id <> other_id),
    check ((status = 'open') = (decided_at is null))
);
-- A pair is flagged once, whichever way round: a dismissed pair is not flagged again.
create unique index person_possible_duplicate_pair
    on person_possible_duplicate (least(person_id, other_id), greatest(person_id, other_id));
create index person_possible_duplicate_open on person_possible_duplicate (created_at) where status = 'open';
