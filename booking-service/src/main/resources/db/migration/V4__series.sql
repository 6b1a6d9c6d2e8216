-- A recurring series: its occurrences are bookings with series_id and series_index.
create table booking_series (
    id            uuid        primary key,
    frequency     text        not null,
    occurrences   integer     not null,
    on_conflict   text        not null,
    created_at    timestamptz not null
);
