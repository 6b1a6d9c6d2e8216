create table ledger_entry (
    id      uuid primary key,
    account text not null,
    note    text not null
);

create table applied_entry (
    entry_id   uuid not null,
    applied_at timestamptz not null default now()
);
