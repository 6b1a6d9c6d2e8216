-- Waitlist offers told to their customer, as the booking service made them. The offer id is the subject of the
-- offer's message jobs (integration_job.booking_id), so a redelivered offer finds its row and asks for no new job.
create table waitlist_offer (
    offer_id        uuid primary key,
    entry_id        uuid        not null,
    service_name    text        not null,
    provider_name   text        not null,
    time_zone       text        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    seats           integer     not null,
    expires_at      timestamptz not null,
    customer_name   text        not null,
    customer_email  text,
    customer_phone  text,
    received_at     timestamptz not null
);
