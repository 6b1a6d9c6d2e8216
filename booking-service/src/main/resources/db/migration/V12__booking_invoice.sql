-- The number of a booking's one invoice, as the payment service named it on the PaymentSucceeded that issued it (or
-- recorded a payment on it): the booking's view shows it, and its confirmation names it. Kept once per booking.
create table booking_invoice (
    booking_id      uuid        primary key,
    invoice_number  text        not null,
    recorded_at     timestamptz not null
);
