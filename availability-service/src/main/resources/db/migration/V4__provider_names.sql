-- The provider's name as their schedule gives it (null while none was given).
alter table provider
    add column name text;
