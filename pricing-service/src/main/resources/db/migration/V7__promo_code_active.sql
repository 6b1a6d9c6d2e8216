-- An admin deactivates a promo code rather than deleting it: redemptions and quotes keep naming it.
alter table promo_code add column active boolean not null default true;
create index promo_code_active on promo_code (active, code);
