-- The business's cancellation terms in each language it writes them in (keyed by BCP 47 tag), so a message prints
-- them in its customer's language, and the revision of the profile kept: an older profile heard after a newer one
-- (redelivered, reordered) no longer overwrites it. Profiles kept before have no revision; any profile replaces them.
alter table service_business
    add column cancellation_wordings jsonb not null default '{}'::jsonb,
    add column profile_revision      bigint;
