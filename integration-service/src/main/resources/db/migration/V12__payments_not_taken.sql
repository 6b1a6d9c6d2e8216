-- Payments a booking did not take (PaymentNotApplied: it closed meanwhile, or they came in another currency): they
-- are given back in full and never count towards what the booking owes. Heard from the booking service, possibly before
-- the payment's own PaymentSucceeded, so kept apart from booking_payment.
create table booking_payment_not_taken (
    booking_id  uuid        not null,
    payment_id  uuid        not null,
    heard_at    timestamptz not null,
    primary key (booking_id, payment_id)
);
