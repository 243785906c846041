-- The LEA meeting: a municipality screens parent involvement together with its school boards,
-- records what they agreed, and works it out in a local action plan that is evaluated every year.

create table lea_screening (
    id bigserial primary key,
    municipality_id bigint not null references municipality (id),
    questionnaire_version_id bigint not null references questionnaire_version (id),
    title text not null check (length(title) between 1 and 200),
    meeting_date date,
    -- what the partners agreed at the meeting, as answers to the questionnaire's conclusion page
    agreement jsonb not null default '{}' check (jsonb_typeof(agreement) = 'object'),
    agreed_at timestamptz,
    agreed_by bigint references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    created_by bigint references app_user (id) on delete set null
);

create index lea_screening_municipality on lea_screening (municipality_id);

-- One row per partner: the municipality itself (no board) and every invited board.
create table lea_partner (
    id bigserial primary key,
    screening_id bigint not null references lea_screening (id) on delete cascade,
    board_id bigint references board (id),
    answers jsonb not null default '{}' check (jsonb_typeof(answers) = 'object'),
    submitted_at timestamptz,
    updated_at timestamptz,
    updated_by bigint references app_user (id) on delete set null
);

create unique index lea_partner_once on lea_partner (screening_id, coalesce(board_id, 0));
create index lea_partner_board on lea_partner (board_id);

create table action_plan (
    id bigserial primary key,
    municipality_id bigint not null references municipality (id),
    screening_id bigint references lea_screening (id) on delete set null,
    title text not null check (length(title) between 1 and 200),
    created_at timestamptz not null default now(),
    created_by bigint references app_user (id) on delete set null
);

create index action_plan_municipality on action_plan (municipality_id);

create table action_plan_section (
    plan_id bigint not null references action_plan (id) on delete cascade,
    section text not null check (section in ('introduction', 'inventory', 'vision', 'parties', 'monitoring', 'steps')),
    body text not null default '' check (length(body) <= 20000),
    -- raised on every save, so two people editing at once cannot overwrite each other unseen
    revision integer not null default 0,
    primary key (plan_id, section)
);

create table action_plan_goal (
    id bigserial primary key,
    plan_id bigint not null references action_plan (id) on delete cascade,
    description text not null check (length(description) between 1 and 1000),
    due_date date not null,
    target_id bigint references target (id) on delete set null,
    created_at timestamptz not null default now()
);

create index action_plan_goal_plan on action_plan_goal (plan_id);

-- Who changed what, when: every saved section text and every goal change, in full.
create table action_plan_revision (
    id bigserial primary key,
    plan_id bigint not null references action_plan (id) on delete cascade,
    subject text not null,
    body text not null,
    changed_by bigint references app_user (id) on delete set null,
    changed_by_name text not null,
    changed_at timestamptz not null default now()
);

create index action_plan_revision_plan on action_plan_revision (plan_id, id);

-- The partners' comments in the yearly evaluation, per goal (or on the plan as a whole).
create table evaluation_comment (
    id bigserial primary key,
    plan_id bigint not null references action_plan (id) on delete cascade,
    goal_id bigint references action_plan_goal (id) on delete cascade,
    year integer not null check (year between 2000 and 2100),
    body text not null check (length(body) between 1 and 4000),
    author_id bigint references app_user (id) on delete set null,
    author_name text not null,
    organisation text not null,
    created_at timestamptz not null default now()
);

create index evaluation_comment_plan on evaluation_comment (plan_id, year);
