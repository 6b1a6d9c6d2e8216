-- A hold becomes a booked slot at most once: the booking that claims it owns it from its commit, and a second claim
-- of the same hold fails on this key in its own transaction, so it stores nothing.
create table hold_claim (
    hold_id     uuid        primary key,
    booking_id  uuid        not null,
    claimed_at  timestamptz not null
);

-- Every claimed hold so far is one booking's: the bookings already stored claim theirs (the oldest booking wins a
-- hold two bookings named before this table existed).
insert into hold_claim (hold_id, booking_id, claimed_at)
select distinct on (hold_id) hold_id, id, created_at from booking order by hold_id, created_at
on conflict do nothing;

-- A reschedule keeps the quote of its new time beside the hold until the new slot is booked; the booking keeps the
-- quote it had before as its previous price snapshot.
alter table booking add column pending_quote text;
alter table booking add column previous_quote text;

-- Promo limits are counted when a booking commits: live and finished bookings of a code, by customer.
create index booking_promo on booking (promo_code, lower(customer_email)) where promo_code is not null;
