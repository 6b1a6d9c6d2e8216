-- Customers waiting for a service (and optionally one provider) in a time window, first come first offered.
create table waitlist_entry (
    id                   uuid        primary key,
    service_id           text        not null,
    provider_id          bigint,
    window_start         timestamptz not null,
    window_end           timestamptz not null,
    seats                integer     not null,
    customer_id          text,
    access_token_digest  text        not null,
    customer_name        text        not null,
    customer_email       text        not null,
    customer_phone       text        not null,
    joined_at            timestamptz not null,
    status               text        not null
);

create index waitlist_entry_waiting on waitlist_entry (service_id, joined_at) where status = 'WAITING';

-- Offers of released slots; an entry is offered a given slot at most once.
create table waitlist_offer (
    id           uuid        primary key,
    entry_id     uuid        not null references waitlist_entry (id),
    service_id   text        not null,
    provider_id  bigint      not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    seats        integer     not null,
    expires_at   timestamptz not null,
    status       text        not null,
    unique (entry_id, provider_id, starts_at)
);

create index waitlist_offer_open on waitlist_offer (expires_at) where status = 'OPEN';
