-- Where a remote online notarization booking's Proof transaction stands, as the integration service announced it
-- (RonSessionCreated, then NotarizationStatusChanged): the booking's view shows it. A finished status (COMPLETED,
-- CANCELLED, EXPIRED) is never replaced.
create table booking_notarization (
    booking_id      uuid        primary key,
    transaction_id  text        not null,
    status          text        not null,
    updated_at      timestamptz not null
);
