-- What each booking has been paid (PaymentSucceeded), so a balance reminder knows whether a balance is still due.
create table booking_payment (
    booking_id   uuid        not null,
    payment_id   uuid        not null,
    amount_cents bigint      not null,
    received_at  timestamptz not null,
    primary key (booking_id, payment_id)
);
