-- The business that sells each service, as the catalog's events profile it: what messages sign with.
create table service_business (
    service_id           text        primary key,
    name                 text,
    legal_name           text,
    support_email        text,
    support_phone        text,
    cancellation_wording text,
    updated_at           timestamptz not null
);
