-- What the catalog says of each service (from catalog.events).
create table catalog_service (
    service_id        text        primary key,
    name              text        not null,
    type              text        not null,
    duration_minutes  integer     not null,
    capacity          integer     not null,
    time_zone         text        not null,
    currency          text        not null,
    active            boolean     not null,
    updated_at        timestamptz not null
);

-- Holds the availability service announced (from availability.events), to check a booking's hold up front.
create table known_hold (
    hold_id      uuid        primary key,
    provider_id  bigint      not null,
    service_id   text        not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    seats        integer     not null,
    expires_at   timestamptz not null
);

-- Terms a provider sets for its bookings.
create table provider_terms (
    provider_id         bigint   primary key,
    approval_required   boolean  not null default false,
    pay_at_appointment  boolean  not null default false
);

-- Cancellation and rescheduling policies as data: the most specific scope wins (service, then provider, then default).
-- Tiers are JSON: [{"minimumNoticeMinutes":1440,"retention":{"kind":"NOTHING"}}, ...]
create table change_policy (
    id            text    primary key,
    service_id    text    unique,
    provider_id   bigint  unique,
    name          text    not null,
    cancellation  text    not null,
    reschedule    text    not null
);

insert into change_policy (id, service_id, provider_id, name, cancellation, reschedule) values (
    'default', null, null, 'free up to 24 h before; later the deposit is kept',
    '[{"minimumNoticeMinutes":1440,"retention":{"kind":"NOTHING"}},{"minimumNoticeMinutes":0,"retention":{"kind":"DEPOSIT"}}]',
    '[{"minimumNoticeMinutes":1440,"retention":{"kind":"NOTHING"}},{"minimumNoticeMinutes":0,"retention":{"kind":"DEPOSIT"}}]');
