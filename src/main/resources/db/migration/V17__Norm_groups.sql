-- Issue 20: a norm group is every school of a sector on the platform with a figure on an indicator in one
-- school year, frozen once (a norm that moves cannot be compared with). Only percentiles are kept, never
-- a school; a group of fewer than ten schools is not kept at all.
create table norm_freeze (
    school_year text primary key check (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    frozen_at timestamptz not null,
    groups integer not null
);

create table norm_group (
    school_year text not null references norm_freeze (school_year),
    questionnaire_id text not null,
    indicator_id text not null,
    sector text not null,
    schools integer not null check (schools >= 2),
    municipalities integer not null check (municipalities >= 1),
    p10 double precision not null,
    p25 double precision not null,
    p50 double precision not null,
    p75 double precision not null,
    p90 double precision not null,
    primary key (school_year, questionnaire_id, indicator_id, sector)
);
