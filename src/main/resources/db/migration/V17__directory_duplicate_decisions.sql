-- What an administrator decided about a possible duplicate: two organisations or two services
-- that are the same (merged, keeping one) or are not (dismissed). A decided pair is not offered
-- again. The pair is stored in id order so that (a, b) and (b, a) are one pair.
create table directory_duplicate_decision (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('organization', 'service')),
    first_id    text        not null,
    second_id   text        not null,
    decision    text        not null check (decision in ('merged', 'dismissed')),
    kept_id     text,
    note        text,
    decided_by  text        not null,
    decided_at  timestamptz not null default now(),
    check (first_id < second_id),
    check (decision = 'dismissed' or kept_id in (first_id, second_id)),
    unique (kind, first_id, second_id)
);
