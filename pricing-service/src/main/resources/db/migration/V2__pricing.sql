-- The catalog, its taxes and promo codes, the quotes given and the promo redemptions counted.

create table tax_jurisdiction (
    code         text primary key,
    name         text not null,
    rate_percent numeric(7, 4) not null check (rate_percent between 0 and 100),
    taxed_lines  text not null,          -- comma-separated line codes, e.g. BASE,TRAVEL
    revision     integer not null check (revision >= 1)
);

create table service_definition (
    id                        text primary key,
    business_id               text not null,
    name                      text not null,
    description               text not null default '',
    type                      text not null check (type in ('MOBILE', 'RON', 'IN_STORE', 'COURSE', 'HOURLY')),
    duration_minutes          integer not null check (duration_minutes > 0),
    capacity                  integer not null check (capacity >= 1),
    max_signers               integer not null default 0,
    max_documents             integer not null default 0,
    price_model               text not null check (price_model in ('FIXED', 'PER_ATTENDEE', 'HOURLY')),
    price_cents               bigint not null check (price_cents >= 0),
    min_attendees             integer,
    max_attendees             integer,
    hourly_minimum_minutes    integer,
    hourly_maximum_minutes    integer,
    hourly_increment_minutes  integer,
    deposit_rule              text not null check (deposit_rule in ('NONE', 'FIXED', 'PERCENT')),
    deposit_cents             bigint,
    deposit_percent           numeric(7, 4),
    area_latitude             double precision,
    area_longitude            double precision,
    standard_radius_miles     integer,
    extended_radius_miles     integer,
    travel_fee_cents_per_mile bigint,
    open_all_day              boolean not null,
    regular_opens             time,
    regular_closes            time,
    bookable_opens            time,
    bookable_closes           time,
    time_zone                 text not null,
    currency                  char(3) not null,
    tax_jurisdiction          text not null references tax_jurisdiction (code),
    weekend_surcharge_cents   bigint not null default 0,
    after_hours_fee_cents     bigint not null default 0,
    emergency_fee_cents       bigint not null default 0,
    emergency_notice_minutes  integer not null default 0,
    buffer_before_minutes     integer not null default 0,
    buffer_after_minutes      integer not null default 0,
    minimum_notice_minutes    integer not null default 0,
    revision                  integer not null check (revision >= 1),
    -- the last revision announced on catalog.events; seeded rows start unannounced
    announced_revision        integer not null default 0,
    active                    boolean not null default true,
    updated_at                timestamptz not null default now()
);

create table promo_code (
    code               text primary key,
    discount_kind      text not null check (discount_kind in ('PERCENT', 'AMOUNT')),
    discount_percent   numeric(7, 4),
    discount_cents     bigint,
    currency           char(3),
    valid_from         timestamptz not null,
    valid_until        timestamptz not null,
    minimum_cents      bigint,
    service_ids        text not null default '',   -- comma-separated; empty means every service
    total_limit        bigint,
    per_customer_limit bigint,
    redeemed_total     bigint not null default 0,
    revision           integer not null check (revision >= 1),
    check (valid_from < valid_until),
    check (total_limit is null or redeemed_total <= total_limit)
);

create table promo_customer_usage (
    code     text not null references promo_code (code),
    customer text not null,
    redeemed bigint not null,
    primary key (code, customer)
);

create table promo_redemption (
    booking_id  uuid primary key,
    code        text not null references promo_code (code),
    customer    text not null,
    outcome     text not null check (outcome in ('REDEEMED', 'LIMIT_REACHED')),
    recorded_at timestamptz not null default now()
);

create table quote (
    id                     uuid primary key,
    service_id             text not null,
    service_revision       integer not null,
    scheduled_at           timestamptz not null,
    attendees              integer not null,
    duration_minutes       integer not null,
    promo_code             text,
    currency               char(3) not null,
    final_price_cents      bigint not null,
    deposit_required_cents bigint not null,
    breakdown              text not null,    -- the lines as JSON, as they were given
    token                  text not null,
    issued_at              timestamptz not null,
    expires_at             timestamptz not null
);

create index quote_expires_at on quote (expires_at);
alter table quote set (autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.05);
