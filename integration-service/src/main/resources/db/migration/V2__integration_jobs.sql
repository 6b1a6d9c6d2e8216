-- One row per side effect of a booking. dedupe_key names the effect itself, so a redelivered event asks for
-- nothing new. after_key names the job that must succeed first; its result (a CRM contact id) is read from it.
create table integration_job (
    id               uuid primary key,
    partner          text        not null,
    action           text        not null,
    booking_id       uuid        not null,
    dedupe_key       text        not null unique,
    after_key        text,
    payload          jsonb       not null,
    status           text        not null check (status in ('PENDING', 'RUNNING', 'SUCCEEDED', 'DEAD', 'CANCELLED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    result           text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
) with (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

-- The workers' claim: due jobs of one partner, oldest first.
create index integration_job_due on integration_job (partner, next_attempt_at) where status in ('PENDING', 'RUNNING');
create index integration_job_booking on integration_job (booking_id);
create index integration_job_status on integration_job (status, updated_at);

-- What this service knows of a booking, from the booking events (the newest version wins).
create table booking_snapshot (
    booking_id  uuid primary key,
    version     bigint      not null,
    status      text        not null check (status in ('CONFIRMED', 'CANCELLED', 'COMPLETED')),
    snapshot    jsonb       not null,
    updated_at  timestamptz not null
);

-- Remote online notarization sessions created at Proof, completed through its webhook.
create table ron_session (
    booking_id      uuid primary key,
    transaction_id  text        not null unique,
    signer_link     text,
    status          text        not null,
    created_at      timestamptz not null,
    completed_at    timestamptz
);

-- Inbound partner webhooks, each handled once.
create table partner_webhook (
    partner      text        not null,
    event_id     text        not null,
    event_type   text        not null,
    payload      jsonb       not null,
    received_at  timestamptz not null,
    primary key (partner, event_id)
);

-- Every message that left us, for support and for proof of delivery.
create table outbound_message (
    job_id       uuid        primary key references integration_job (id),
    booking_id   uuid        not null,
    channel      text        not null,
    recipient    text        not null,
    kind         text        not null,
    partner_ref  text,
    sent_at      timestamptz not null
);
create index outbound_message_booking on outbound_message (booking_id);
