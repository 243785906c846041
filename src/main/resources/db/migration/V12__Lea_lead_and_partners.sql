-- An LEA that others can lead: a screening round or an action plan is led by the municipality (no
-- board) or by one of its school boards; a working group (with parents) prepares it; and partner
-- organisations beside the schools (youth health care, welfare, library, childcare) take part.

alter table lea_screening add column lead_board_id bigint references board (id);
alter table action_plan add column lead_board_id bigint references board (id);

-- Care and welfare partners of a municipality. They have no accounts: the lead fills in their part.
create table partner_organisation (
    id bigserial primary key,
    municipality_id bigint not null references municipality (id),
    name text not null check (length(name) between 1 and 160),
    kind text not null check (kind in ('youth-health', 'welfare', 'library', 'childcare', 'other')),
    archived_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create unique index partner_organisation_name on partner_organisation (municipality_id, lower(name));

-- A part of a round belongs to the municipality (neither), one board, or one partner organisation.
alter table lea_partner add column organisation_id bigint references partner_organisation (id);
alter table lea_partner add constraint lea_partner_one_owner check (board_id is null or organisation_id is null);
drop index lea_partner_once;
create unique index lea_partner_once on lea_partner (screening_id, coalesce(board_id, 0), coalesce(organisation_id, 0));
create index lea_partner_organisation on lea_partner (organisation_id);

-- The people in the working group of a round or a plan. Names are personal data: they are shown to
-- the municipality's own staff only, and never leave the service in an export.
create table lea_working_group_member (
    id bigserial primary key,
    screening_id bigint references lea_screening (id) on delete cascade,
    plan_id bigint references action_plan (id) on delete cascade,
    name text not null check (length(name) between 1 and 120),
    organisation text not null default '' check (length(organisation) <= 160),
    role text not null check (role in ('chair', 'secretary', 'member', 'advisor')),
    parent boolean not null default false,
    created_at timestamptz not null default now(),
    check ((screening_id is null) <> (plan_id is null))
);

create index lea_working_group_screening on lea_working_group_member (screening_id);
create index lea_working_group_plan on lea_working_group_member (plan_id);
