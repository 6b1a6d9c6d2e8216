-- What was refunded of each booking's payments (RefundIssued), so a balance reminder counts only money the booking kept.
create table booking_refund (
    booking_id   uuid        not null,
    payment_id   uuid        not null,
    refund_id    text        not null,
    amount_cents bigint      not null,
    refunded_at  timestamptz not null,
    primary key (booking_id, refund_id)
);
