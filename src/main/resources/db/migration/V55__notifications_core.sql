-- In-app notifications: what happened, for whom (a username), and where to look. The message names a
-- service at most, never a person: the person's details are behind the link, with their access rules.
create table notification (
    id          bigint generated always as identity primary key,
    recipient   text        not null,
    kind        text        not null,
    message     text        not null,
    link        text        not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_recipient on notification (recipient, created_at desc);
create index notification_unread on notification (recipient) where read_at is null;
