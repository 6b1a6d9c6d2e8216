-- Fees that joined a booking's price after it was made (a late reschedule's), each a line of the price snapshot.
-- amount_due_cents stays what the quote asked for; what is due now is amount_due_cents + fees_cents.
alter table booking add column fees_cents bigint not null default 0;
alter table booking add column charges text not null default '[]';
-- The fee a reschedule still running will charge once the new slot is booked.
alter table booking add column pending_fee_cents bigint;

-- Every payment the booking heard of, once: applied (part or all of what was due) or not applied (handed back).
create table booking_payment (
    payment_id          uuid        primary key,
    booking_id          uuid        not null,
    payment_intent_id   text,
    amount_cents        bigint      not null,
    currency            text        not null,
    outcome             text        not null,
    received_at         timestamptz not null
);

create index booking_payment_booking on booking_payment (booking_id);

-- Bookings still waiting for the availability service's answer, oldest first.
create index booking_unanswered on booking (created_at) where status = 'PENDING' and not slot_reserved;
