-- Sign-in protection: consecutive failed sign-ins lock an account for a while (the count and the
-- time are kept in the database so that every app node sees them), and accounts can be asked to
-- choose a new password.
alter table user_account
    add column failed_sign_ins        integer     not null default 0,
    add column locked_until           timestamptz,
    add column last_signed_in_at      timestamptz,
    add column password_changed_at    timestamptz not null default now(),
    add column must_change_password   boolean     not null default false;
