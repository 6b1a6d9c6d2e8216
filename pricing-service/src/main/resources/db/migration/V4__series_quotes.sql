-- A series quote keeps every occurrence's own price: start, figures and lines, as JSON, as they were given.
alter table quote add column occurrences text;
