-- The school's improvement plan (issue 18, part 4): a school turns its improvement points into
-- actions, follows them up in a later wave, and tells its parents what it did on a public page.
-- (V12 belongs to a colleague's branch; the numbers need not be consecutive.)

-- One plan per institution. The public slug is random, so nobody finds a school's page by counting.
create table school_plan (
    id bigserial primary key,
    institution_id bigint not null unique references institution (id),
    public_slug text not null unique check (public_slug ~ '^[a-z2-9]{12,40}$'),
    created_at timestamptz not null default now(),
    created_by bigint references app_user (id) on delete set null
);

create table school_plan_action (
    id bigserial primary key,
    plan_id bigint not null references school_plan (id) on delete cascade,
    body text not null check (length(body) between 1 and 1000),
    owner text not null check (length(owner) between 1 and 200),
    due_date date not null,
    status text not null check (status in ('planned', 'doing', 'done', 'dropped')),
    notes text not null default '' check (length(notes) <= 4000),
    -- raised on every save, so two people editing one action cannot overwrite each other unseen
    revision integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create index school_plan_action_plan on school_plan_action (plan_id, id);

-- What an action is about: statements of a questionnaire (questionnaire id + item id, so other
-- instruments than the typology lists can be referred to), each with the wave the school read it in
-- when the action was made, the "before" of the follow-up.
create table school_plan_statement (
    action_id bigint not null references school_plan_action (id) on delete cascade,
    questionnaire_id text not null check (length(questionnaire_id) between 1 and 100),
    item_id text not null check (length(item_id) between 1 and 100),
    baseline_wave_id bigint references wave (id) on delete set null,
    primary key (action_id, questionnaire_id, item_id)
);

-- Who changed what, when: every new action and every change, with the fields that changed.
create table school_plan_revision (
    id bigserial primary key,
    plan_id bigint not null references school_plan (id) on delete cascade,
    action_id bigint references school_plan_action (id) on delete set null,
    subject text not null,
    body text not null,
    changed_by bigint references app_user (id) on delete set null,
    changed_by_name text not null,
    changed_at timestamptz not null default now()
);

create index school_plan_revision_plan on school_plan_revision (plan_id, id);
