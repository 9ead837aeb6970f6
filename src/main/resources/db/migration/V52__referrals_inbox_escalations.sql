-- Onward referrals escalated for waiting too long for an answer: one row each, so that each is
-- escalated once only, even with several app nodes running the job at once.
create table onward_referral_escalation (
    onward_referral_id   uuid primary key references onward_referral (id),
    working_days_waited  integer     not null,
    escalated_at         timestamptz not null,
    created_at           timestamptz not null default now()
);
-- Replies, for each service's responsiveness: the first answer of each onward referral.
create index onward_referral_history_answers on onward_referral_history (onward_referral_id, id)
    where to_status in ('accepted', 'rejected');
create index onward_referral_service on onward_referral (service_id, created_at) where kind = 'referral';
