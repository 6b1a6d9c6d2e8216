-- One PostgreSQL server for the local fleet, one database and one owner role per service:
-- no service can read another's tables. Runs once, on an empty data volume.
-- Local passwords only; real deployments take credentials from secrets.

create role pricing login password 'pricing-local';
create database pricing owner pricing;

create role availability login password 'availability-local';
create database availability owner availability;

create role booking login password 'booking-local';
create database booking owner booking;

create role payment login password 'payment-local';
create database payment owner payment;

create role integration login password 'integration-local';
create database integration owner integration;

create role identity login password 'identity-local';
create database identity owner identity;

-- The reservations' exclusion constraint needs btree_gist; create it as superuser up front.
\connect availability
create extension if not exists btree_gist;
