-- Every refund the payment service issued on a booking's payments (RefundIssued), once per payment and refund id.
-- A refund counts against the booking when its payment is one the booking took (booking_payment, APPLIED), whichever
-- of the two was heard first.
create table booking_refund (
    payment_id      uuid        not null,
    refund_id       text        not null,
    booking_id      uuid        not null,
    amount_cents    bigint      not null,
    currency        text        not null,
    received_at     timestamptz not null,
    primary key (payment_id, refund_id)
);

create index booking_refund_booking on booking_refund (booking_id);
