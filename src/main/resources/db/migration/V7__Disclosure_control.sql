-- Disclosure control: the rules per municipality, the published snapshots that every figure about
-- answers is read from, and what makes padding a small group visible and expensive.
-- The rules themselves are explained in .github/SECURITY.md ("What we publish").

alter table municipality rename column suppression_threshold to parent_threshold;
alter table municipality
    add column staff_threshold     integer not null default 5 check (staff_threshold between 1 and 100),
    add column microdata_threshold integer not null default 10 check (microdata_threshold between 1 and 1000);

-- A published cell: one wave institution's counts for one measure (an item key, an indicator or a
-- scale), copied from the live aggregates at a publication. Figures about answers are computed
-- from these rows only; the live aggregates never leave the service. A cell is copied again only
-- when the number of answers behind it has grown by at least the threshold, and at most once per
-- publication interval, so reading before and after one response shows no difference.
create table published_cell (
    wave_institution_id bigint      not null references wave_institution (id),
    kind                text        not null check (kind in ('item', 'indicator', 'scale')),
    measure             text        not null,
    -- the number of respondents the threshold is checked against (answers that are not "don't know")
    n                   bigint      not null check (n >= 0),
    -- item: {"answer": respondents, "*": answered}; indicator: {"positive": p, "answered": a};
    -- scale: {"part": [n, sum, sum of squares]}
    counts              jsonb       not null,
    published_at        timestamptz not null,
    primary key (wave_institution_id, kind, measure)
);

alter table wave
    add column final_published_at timestamptz;

-- Padding: a cap on single-use codes per institution (null: its population plus a margin), and a
-- flag when one link received an unusual burst of responses.
alter table wave_institution
    add column code_limit     integer check (code_limit between 0 and 100000),
    add column burst_bucket   timestamptz,
    add column burst_size     integer;

-- Sent responses per link per ten minutes, kept for a day to notice bursts. It holds counts only,
-- never a response id, and responses themselves keep only the hour, so the two cannot be joined.
create table link_activity (
    wave_institution_id bigint      not null references wave_institution (id),
    bucket              timestamptz not null,
    submitted           integer     not null,
    primary key (wave_institution_id, bucket)
);
