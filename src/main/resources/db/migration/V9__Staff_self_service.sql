-- Staff self-service (issue 17): archiving organisations, last logins and invitation links.

-- An archived organisation keeps its waves, answers and figures but takes part in no new wave.
alter table municipality add column archived_at timestamptz;
alter table board        add column archived_at timestamptz;
alter table institution  add column archived_at timestamptz;

-- Shown to administrators, so that accounts nobody uses any more can be found and deactivated.
alter table app_user add column last_login_at timestamptz;

-- A link that lets a new user choose a password: only a hash of its token is stored, it works once,
-- and it expires. A new invitation for the same user replaces the old one.
create table user_invitation (
    token_hash  text primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null
);
create unique index user_invitation_one_per_user on user_invitation (user_id);
