-- Each business numbers its own documents: a series is its prefix (empty for the platform's own), kind and year.
alter table document_series add column series text not null default '';
alter table document_series drop constraint document_series_pkey;
alter table document_series add primary key (series, kind, year);

alter table invoice add column series text not null default '';
alter table invoice drop constraint invoice_kind_year_sequence_key;
alter table invoice add constraint invoice_series_number unique (series, kind, year, sequence);

-- One invoice per booking from now on: later payments are recorded on it. Invoices issued before, one per payment,
-- are left as they were.
alter table invoice add column one_per_booking boolean not null default false;
create unique index invoice_one_per_booking on invoice (booking_id) where kind = 'INVOICE' and one_per_booking;
create index invoice_by_booking on invoice (booking_id);

-- The catalog as catalog.events tell it: who sells each service (the business's profile) and its tax.
create table catalog_service (
    service_id        text primary key,
    business_id       text not null,
    name              text not null,
    type              text not null,
    time_zone         text not null,
    tax_name          text,
    tax_rate_percent  text
);

create table business_profile (
    business_id  text primary key,
    profile      jsonb not null
);

-- What the booking is for, as booking.events tell it: when, how many seats, and who attends once it is confirmed.
create table booking_appointment (
    booking_id    uuid primary key,
    service_id    text not null,
    service_name  text,
    start_at      timestamptz,
    time_zone     text,
    seats         integer not null default 1,
    attendees     jsonb not null default '[]'
);
