-- What catalog.events last said of each service, so a service is announced again when what other services are told
-- of it grows (bookable hours, duration bounds), even though its revision did not change. Rows already announced
-- start unknown, and are announced once more at the next start-up.
alter table service_definition add column announced_snapshot text;
