create extension if not exists btree_gist;

-- Services of the catalog as catalog.events describe them: what slot generation needs.
create table catalog_service (
    id                     text    primary key,
    name                   text    not null,
    duration_minutes       integer not null check (duration_minutes > 0),
    buffer_before_minutes  integer not null check (buffer_before_minutes >= 0),
    buffer_after_minutes   integer not null check (buffer_after_minutes >= 0),
    capacity               integer not null check (capacity > 0),
    minimum_notice_minutes integer not null check (minimum_notice_minutes >= 0),
    active                 boolean not null
);

-- Weekly hours, breaks and date overrides are small documents read whole for every slot search.
create table provider (
    id                     bigint      primary key,
    time_zone              text        not null,
    weekly_hours           jsonb       not null,
    breaks                 jsonb       not null,
    overrides              jsonb       not null,
    minimum_notice_minutes integer     not null check (minimum_notice_minutes >= 0),
    horizon_days           integer     not null check (horizon_days > 0),
    slot_interval_minutes  integer     not null check (slot_interval_minutes > 0),
    daily_limit            integer     check (daily_limit >= 0),
    updated_at             timestamptz not null default now()
);

create table provider_service (
    provider_id bigint not null references provider (id) on delete cascade,
    service_id  text   not null,
    primary key (provider_id, service_id)
);

create index provider_service_by_service on provider_service (service_id, provider_id);

create table time_off (
    id          uuid        primary key,
    provider_id bigint      not null references provider (id) on delete cascade,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    reason      text,
    check (starts_at < ends_at)
);

create index time_off_by_provider on time_off (provider_id, ends_at);

-- Holds, booked slots and the provider time of seated sessions. "during" is the reserved range with the
-- buffers; the exclusion constraint lets no two overlapping ranges of one provider commit, whatever the
-- concurrency.
create table reservation (
    id          uuid        primary key,
    provider_id bigint      not null,
    service_id  text        not null,
    kind        text        not null check (kind in ('HOLD', 'BOOKED', 'SESSION')),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    during      tstzrange   not null,
    seats       integer     not null default 1 check (seats > 0),
    expires_at  timestamptz,
    booking_id  uuid,
    created_at  timestamptz not null default now(),
    check (kind <> 'HOLD' or expires_at is not null),
    constraint reservation_no_overlap exclude using gist (provider_id with =, during with &&)
);

create index reservation_expiring_holds on reservation (expires_at) where kind = 'HOLD';
create index reservation_by_booking on reservation (booking_id) where booking_id is not null;

alter table reservation set (
    autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02
);

-- A course or group session: its seats are counted by a guarded update, never oversold.
create table seat_session (
    id          uuid        primary key,
    provider_id bigint      not null,
    service_id  text        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    capacity    integer     not null check (capacity > 0),
    seats_taken integer     not null default 0,
    check (seats_taken between 0 and capacity),
    unique (provider_id, service_id, starts_at)
);

create table seat_hold (
    id          uuid        primary key,
    session_id  uuid        not null references seat_session (id),
    seats       integer     not null check (seats > 0),
    kind        text        not null check (kind in ('HOLD', 'BOOKED')),
    expires_at  timestamptz,
    booking_id  uuid,
    created_at  timestamptz not null default now(),
    check (kind <> 'HOLD' or expires_at is not null)
);

create index seat_hold_expiring on seat_hold (expires_at) where kind = 'HOLD';
create index seat_hold_by_booking on seat_hold (booking_id) where booking_id is not null;
