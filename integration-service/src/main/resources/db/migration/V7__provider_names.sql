-- Providers' names as the availability service announces them (ProviderNamed), for messages and calendar entries.
create table provider_name (
    provider_id bigint      primary key,
    name        text        not null,
    updated_at  timestamptz not null
);
