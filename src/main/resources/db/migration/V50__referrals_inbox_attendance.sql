-- Sessions a person came to, recorded by the organisation an onward referral was sent to.
-- Part of module referrals (its provider inbox); reached only through org.linkwork.referrals.ProviderInbox.
create table onward_referral_attendance (
    id                  uuid primary key,
    onward_referral_id  uuid        not null references onward_referral (id),
    attended_on         date        not null,
    note                text,
    recorded_by         text        not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer     not null default 0
);
create index onward_referral_attendance_onward on onward_referral_attendance (onward_referral_id, attended_on);
