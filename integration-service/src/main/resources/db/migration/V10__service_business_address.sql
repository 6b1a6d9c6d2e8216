-- The business's address, written on one line for its country: the venue of its courses and visits.
alter table service_business add column address text;
