-- Issue 20: where a municipality's make-up of all parents (the population shares per background answer,
-- against which the monitor shows who answered less than their share) comes from, per question: entered on
-- a page by the analyst, with its source, so that anyone reading a figure can check it.
create table population_margin (
    municipality_id bigint not null references municipality (id),
    item_key        text   not null,
    source          text   not null check (length(btrim(source)) between 1 and 300),
    entered_on      date   not null,
    primary key (municipality_id, item_key)
);
