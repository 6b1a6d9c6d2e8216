-- How the customer hears about the booking: a BCP 47 language tag and the channels (comma-separated EMAIL, SMS,
-- WHATSAPP). Bookings made before these were recorded keep null: they are announced as before.
alter table booking
    add column language text,
    add column channels text;
