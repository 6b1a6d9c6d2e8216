-- The transactional outbox: a service writes its state change and these rows in one transaction;
-- the relay publishes unpublished rows to Kafka in id order and marks them published.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    event_key     text        not null,
    event_type    text        not null,
    payload       bytea       not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Insert-heavy and update-heavy: vacuum and analyze early so the partial index stays small and fresh.
alter table outbox_event set (
    autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02
);

create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Idempotent consumers: the ids of applied events, written in the same transaction as their effect.
create table consumed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    consumed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

alter table consumed_event set (
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02
);
