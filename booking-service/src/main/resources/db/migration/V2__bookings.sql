-- A booking and the facts its state machine depends on. The locked quote is kept as it was (price snapshot).
create table booking (
    id                    uuid        primary key,
    status                text        not null,
    service_id            text        not null,
    provider_id           bigint      not null,
    customer_id           text,
    access_token_digest   text        not null,
    customer_name         text        not null,
    customer_email        text        not null,
    customer_phone        text        not null,
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    time_zone             text        not null,
    hold_id               uuid        not null,
    seats                 integer     not null,
    address               text,
    promo_code            text,
    special_instructions  text,
    attendees             text        not null,
    quote                 text        not null,
    currency              text        not null,
    total_cents           bigint      not null,
    deposit_cents         bigint      not null,
    amount_due_cents      bigint      not null,
    paid_cents            bigint      not null default 0,
    refund_cents          bigint,
    approval_required     boolean     not null,
    approved              boolean     not null default false,
    slot_reserved         boolean     not null default false,
    pay_by                timestamptz,
    series_id             uuid,
    series_index          integer,
    pending_hold_id       uuid,
    status_reason         text,
    version               bigint      not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);

create index booking_customer on booking (customer_id, starts_at);
create index booking_provider on booking (provider_id, starts_at);
create index booking_starts_at on booking (starts_at);
create index booking_awaiting_payment on booking (pay_by) where status = 'AWAITING_PAYMENT';
create index booking_by_series on booking (series_id) where series_id is not null;

-- Append-only record of every action on a booking.
create table booking_audit (
    id           bigserial   primary key,
    booking_id   uuid        not null,
    action       text        not null,
    from_status  text,
    to_status    text,
    actor_type   text        not null,
    actor_id     text,
    ip           text,
    user_agent   text,
    request_id   text,
    changes      text        not null,
    occurred_at  timestamptz not null
);

create index booking_audit_booking on booking_audit (booking_id, id);

create function booking_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'booking_audit is append-only';
end;
$$;

create trigger booking_audit_append_only before update or delete on booking_audit
    for each row execute function booking_audit_is_append_only();

-- Idempotency keys of POST /bookings (Stripe's semantics; 24 h).
create table idempotency_key (
    key              text        primary key,
    fingerprint      text        not null,
    claimed_at       timestamptz not null,
    booking_id       uuid,
    answer_status    integer,
    answer_body      text,
    answer_location  text
);

create index idempotency_key_claimed_at on idempotency_key (claimed_at);
