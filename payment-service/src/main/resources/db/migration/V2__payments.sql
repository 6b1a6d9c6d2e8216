-- What the booking service asked to be paid: the payment service's own copy of the booking's price and customer.
create table booking_due (
    booking_id           uuid        primary key,
    service_id           text        not null,
    provider_id          bigint      not null,
    amount_due_cents     bigint      not null check (amount_due_cents > 0),
    currency             text        not null,
    pay_by               timestamptz,
    customer_name        text,
    customer_email       text,
    owner_subject        text,
    access_token_digest  text,
    price                jsonb       not null,
    closed               text,
    created_at           timestamptz not null default now()
);

-- One row per attempt at collecting a booking's money; Stripe's idempotency key derives from (booking_id, attempt).
create table payment (
    id                 uuid        primary key,
    booking_id         uuid        not null,
    attempt            integer     not null check (attempt >= 1),
    amount_cents       bigint      not null check (amount_cents > 0),
    currency           text        not null,
    status             text        not null,
    payment_intent_id  text        unique,
    client_secret      text,
    captured_cents     bigint      not null default 0,
    refunded_cents     bigint      not null default 0,
    disputed           boolean     not null default false,
    failure_code       text,
    failure_message    text,
    cancel_requested   boolean     not null default false,
    version            bigint      not null default 1,
    tries              integer     not null default 0,
    next_try_at        timestamptz,
    last_error         text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    unique (booking_id, attempt),
    check (refunded_cents <= captured_cents)
);

create index payment_waiting_for_stripe on payment (next_try_at)
    where status = 'CREATING' or (cancel_requested and status in ('REQUIRES_PAYMENT', 'FAILED'));

-- Every Stripe event id, stored once, in the transaction that handles it.
create table stripe_event (
    event_id           text        primary key,
    event_type         text        not null,
    payment_intent_id  text,
    received_at        timestamptz not null default now()
);

alter table stripe_event set (
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02
);

create table refund (
    id                uuid        primary key,
    payment_id        uuid        not null references payment (id),
    request_key       text        not null,
    amount_cents      bigint      not null check (amount_cents > 0),
    status            text        not null,
    stripe_refund_id  text        unique,
    reason            text,
    tries             integer     not null default 0,
    next_try_at       timestamptz,
    last_error        text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (payment_id, request_key)
);

create index refund_waiting_for_stripe on refund (next_try_at) where status = 'REQUESTED' and stripe_refund_id is null;

-- The last number of each series per year. Taking a number locks its row until the transaction ends, so numbers
-- are handed out one at a time, and a rolled-back transaction gives its number back: no gap, no duplicate.
create table document_series (
    kind         text    not null,
    year         integer not null,
    last_issued  bigint  not null,
    primary key (kind, year)
);

create table invoice (
    number       text        primary key,
    kind         text        not null,
    year         integer     not null,
    sequence     bigint      not null,
    booking_id   uuid        not null,
    payment_id   uuid        not null references payment (id),
    refund_ref   text,
    issued_at    timestamptz not null,
    currency     text        not null,
    total_cents  bigint      not null,
    content      jsonb       not null,
    unique (kind, year, sequence)
);

create unique index invoice_one_per_payment on invoice (payment_id) where kind = 'INVOICE';
create unique index credit_note_one_per_refund on invoice (payment_id, refund_ref) where kind = 'CREDIT_NOTE';
