-- How a waiting customer hears of an offer: language tag, channels (comma-separated), IANA time zone.
alter table waitlist_entry
    add column language  text,
    add column channels  text,
    add column time_zone text;

-- An offer whose hold could not be placed (TAKEN) did not count as the entry's turn: it may be offered the slot again.
alter table waitlist_offer drop constraint waitlist_offer_entry_id_provider_id_starts_at_key;
create unique index waitlist_offer_once on waitlist_offer (entry_id, provider_id, starts_at) where status <> 'TAKEN';

-- One offer of a slot is open at a time; the next one follows the release of its hold.
create unique index waitlist_offer_one_open on waitlist_offer (provider_id, starts_at) where status = 'OPEN';

create index waitlist_offer_entry on waitlist_offer (entry_id);
