-- The hours at which a service may start (local times on the service's clock, null = round the clock) and the
-- lengths a customer may choose (all 0 = the fixed duration_minutes), as catalog.events announce them.
alter table catalog_service
    add column time_zone             text,
    add column bookable_from         time,
    add column bookable_until        time,
    add column min_duration_minutes  integer not null default 0 check (min_duration_minutes >= 0),
    add column max_duration_minutes  integer not null default 0 check (max_duration_minutes >= 0),
    add column duration_step_minutes integer not null default 0 check (duration_step_minutes >= 0);
