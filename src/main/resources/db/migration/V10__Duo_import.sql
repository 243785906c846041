-- Imports from DUO's open data (issue 17): boards are known by DUO's board number (bevoegd gezag
-- nummer), an institution's numbers of pupils, parents and staff say where they came from and when,
-- and an uploaded file waits here between its preview and the user's confirmation (for an hour).

-- A board that serves several municipalities exists once per municipality, each with the same number.
alter table board add column board_number text check (board_number ~ '^[1-9][0-9]{0,5}$');
create unique index board_number_unique on board (municipality_id, board_number);

-- "hand" for counts typed on a page or sent to the API, "import <file name>" for an import.
alter table institution add column population_source text check (length(population_source) <= 200);
alter table institution add column population_date date;

create table pending_import (
    id              text        primary key,
    user_id         bigint      not null references app_user (id) on delete cascade,
    municipality_id bigint      not null references municipality (id) on delete cascade,
    kind            text        not null check (kind in ('organisations', 'counts')),
    sector          text        check (sector in ('PRESCHOOL', 'PRIMARY', 'SECONDARY', 'VOCATIONAL')),
    filename        text        not null check (length(filename) <= 200),
    content         bytea       not null,
    preview_hash    text        not null,
    created_at      timestamptz not null default now()
);
create index pending_import_created on pending_import (created_at);
