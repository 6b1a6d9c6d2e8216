-- The customer's language (a tag such as es-AR) and chosen channels (comma-separated: EMAIL, SMS, WHATSAPP) of an
-- offer; null for offers made before offers carried them, which are told in every language by email and SMS.
alter table waitlist_offer add column language text;
alter table waitlist_offer add column channels text;
