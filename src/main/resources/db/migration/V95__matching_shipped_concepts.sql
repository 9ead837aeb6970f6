-- Which concepts are still as Linkwork shipped them, so that a newer shipped vocabulary can bring them up to date
-- while leaving alone what administrators changed. shipped_version is the concept's edit version when Linkwork
-- last wrote it (null: an administrator added it); every edit raises version, so version = shipped_version means
-- no administrator has changed or switched it off since. shipped_wording is a fingerprint of the wording then
-- shipped, so the admin page can say when Linkwork ships a different wording of a concept edited here.
alter table matching_concept add column shipped_version integer;
alter table matching_concept add column shipped_wording text;

-- Until now the shipped vocabulary was only ever inserted, by "system", at version 0, and any edit raised the
-- version: those rows are untouched shipped concepts. Their wording fingerprint is written when a newer shipped
-- vocabulary is next applied.
update matching_concept set shipped_version = 0 where updated_by = 'system' and version = 0;
