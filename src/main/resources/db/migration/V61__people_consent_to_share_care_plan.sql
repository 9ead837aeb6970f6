-- People: a person may agree to see their care and support plan through a link, without an account.
alter table person_consent drop constraint person_consent_scope_check;
alter table person_consent add constraint person_consent_scope_check check (scope in ('SHARE_WITH_ORGANISATION',
    'CONTACT_BY_TEXT', 'CONTACT_BY_EMAIL', 'EVALUATION', 'REFERRAL', 'SHARE_CARE_PLAN'));
