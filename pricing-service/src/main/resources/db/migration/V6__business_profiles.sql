-- Each business's profile, as the catalog's data: how it speaks as itself on messages, documents and calendar
-- entries, and the prefix of its own invoice series. The same data as DemoCatalog (BusinessIntegrationTest reads it
-- back). Its services are announced again at the next start-up with the profile in their snapshot.

create table business (
    id                   text primary key,
    name                 text not null,
    legal_name           text not null,
    street_lines         text[] not null,
    locality             text not null,
    region               text,
    postal_code          text,
    country              char(2) not null,
    tax_id_label         text not null,
    tax_id               text not null,
    logo_url             text check (logo_url like 'https://%'),
    language             text not null,
    time_zone            text not null,
    currency             char(3) not null,
    support_email        text not null,
    support_phone        text,
    cancellation_wording text not null,
    invoice_prefix       text not null unique check (invoice_prefix ~ '^[A-Z][A-Z0-9]{1,9}$'),
    revision             integer not null default 1 check (revision >= 1),
    updated_at           timestamptz not null default now()
);

insert into business (id, name, legal_name, street_lines, locality, region, postal_code, country, tax_id_label, tax_id,
    logo_url, language, time_zone, currency, support_email, support_phone, cancellation_wording, invoice_prefix) values
    ('houston-mobile-notary', 'Houston Mobile Notary Pros', 'Houston Mobile Notary Pros LLC',
     array['1200 Smith Street, Suite 1600'], 'Houston', 'TX', '77002', 'US', 'Texas sales tax permit', '32071234567',
     'https://houstonmobilenotary.example/logo.png', 'en-US', 'America/Chicago', 'USD',
     'office@houstonmobilenotary.example', '+17135550142',
     'Cancel or reschedule free of charge up to 24 hours before your appointment; later, the policy''s fee applies.',
     'HMNP'),
    ('barberia-palermo', 'Barbería Palermo', 'Barbería Palermo S.R.L.',
     array['Gorriti 4876'], 'Ciudad Autónoma de Buenos Aires', 'CABA', 'C1414BJL', 'AR', 'CUIT', '30-71234567-1',
     'https://barberiapalermo.example/logo.png', 'es-AR', 'America/Argentina/Buenos_Aires', 'ARS',
     'hola@barberiapalermo.example', '+541145550123',
     'Podés cancelar o cambiar tu turno sin cargo hasta 2 horas antes.', 'BPAL'),
    ('london-first-aid', 'London First Aid Training', 'London First Aid Training Ltd',
     array['27 Old Gloucester Street'], 'London', null, 'WC1N 3AX', 'GB', 'VAT number', 'GB 284 7361 31',
     'https://londonfirstaid.example/logo.png', 'en-GB', 'Europe/London', 'GBP',
     'bookings@londonfirstaid.example', '+442079460123',
     'Cancel free of charge up to 48 hours before the course; after that the deposit is kept.', 'LFAT'),
    ('denver-pros', 'Denver Pros Marketplace', 'Denver Pros Marketplace Inc.',
     array['1600 Glenarm Place, Floor 4'], 'Denver', 'CO', '80202', 'US', 'Colorado sales tax account', '12345678-0001',
     'https://denverpros.example/logo.png', 'en-US', 'America/Denver', 'USD',
     'help@denverpros.example', '+13035550199',
     'Cancel or reschedule free of charge up to 12 hours before the visit.', 'DPM');
