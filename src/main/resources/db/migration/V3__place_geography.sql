-- Geography of the places a deployment serves: wards, LSOAs with deprivation, postcodes.
create table place (
    id                    text primary key,
    name                  text not null,
    local_authority_code  text not null
);

create table ward (
    code        text primary key,
    name        text             not null,
    place_id    text             not null references place (id),
    latitude    double precision not null,
    longitude   double precision not null,
    boundary    jsonb            not null
);

create table lsoa (
    code               text primary key,
    name               text             not null,
    place_id           text             not null references place (id),
    ward_code          text             not null references ward (code),
    latitude           double precision not null,
    longitude          double precision not null,
    imd_rank           integer,
    imd_decile         integer check (imd_decile between 1 and 10),
    population         integer,
    population_0_15    integer,
    population_16_59   integer,
    population_60_plus integer,
    boundary           jsonb            not null
);
create index lsoa_ward on lsoa (ward_code);

-- Postcode districts ("HX1") that reach into a place, each with the ward that stands for it
-- until a full postcode table is imported.
create table postcode_district (
    district   text primary key,
    place_id   text not null references place (id),
    ward_code  text not null references ward (code)
);

-- Full postcodes, imported from the ONS Postcode Directory (ONSPD / NSPL CSV).
create table postcode (
    postcode    text primary key,          -- normalised: upper case, one space before the inward code
    latitude    double precision not null,
    longitude   double precision not null,
    lsoa_code   text,
    ward_code   text,
    terminated  boolean not null default false
);
