-- The dead-letter desk: what a consumer of the fleet gave up on (records of the <topic>.dlq topics), one row per
-- event and consumer (letter_key), so the same event failing again after a retry reopens its row.
create table dead_letter (
    id              uuid primary key,
    letter_key      text        not null unique,
    topic           text        not null,
    record_key      text        not null,
    event_type      text,
    event_id        uuid,
    consumer        text        not null,
    failure_class   text        not null,
    failure_message text        not null,
    payload         bytea       not null,
    status          text        not null check (status in ('NEW', 'RETRIED', 'DISMISSED')),
    times_seen      integer     not null,
    first_seen_at   timestamptz not null,
    last_seen_at    timestamptz not null,
    updated_at      timestamptz not null
);

create index dead_letter_status on dead_letter (status, last_seen_at);

-- The dead-letter records already kept, by their place on the dead-letter topic: a redelivered one changes nothing.
create table dead_letter_record (
    dlq_topic     text   not null,
    dlq_partition int    not null,
    dlq_offset    bigint not null,
    primary key (dlq_topic, dlq_partition, dlq_offset)
);
