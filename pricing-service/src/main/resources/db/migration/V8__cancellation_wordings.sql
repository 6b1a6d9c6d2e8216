-- Each business's cancellation terms in every language it writes them in, keyed by BCP 47 tag, so a message in the
-- customer's language prints them in that language (cancellation_wording stays the business's own language, the
-- fallback). Changing a profile bumps its revision: the services keeping a copy keep only the newest. The same data
-- as DemoCatalog.

alter table business add column cancellation_wordings jsonb not null default '{}'::jsonb
    check (jsonb_typeof(cancellation_wordings) = 'object');

update business set revision = revision + 1, updated_at = now(), cancellation_wordings = jsonb_build_object(
    'en', 'Cancel or reschedule free of charge up to 24 hours before your appointment; later, the policy''s fee applies.',
    'es-AR', 'Cancelá o reprogramá sin cargo hasta 24 horas antes de tu cita; después, se cobra el cargo de la política.')
    where id = 'houston-mobile-notary';

update business set revision = revision + 1, updated_at = now(), cancellation_wordings = jsonb_build_object(
    'es-AR', 'Podés cancelar o cambiar tu turno sin cargo hasta 2 horas antes.',
    'en', 'You can cancel or change your appointment free of charge up to 2 hours before.')
    where id = 'barberia-palermo';

update business set revision = revision + 1, updated_at = now(), cancellation_wordings = jsonb_build_object(
    'en', 'Cancel free of charge up to 48 hours before the course; after that the deposit is kept.',
    'es-AR', 'Cancelá sin cargo hasta 48 horas antes del curso; después, la seña no se devuelve.')
    where id = 'london-first-aid';

update business set revision = revision + 1, updated_at = now(), cancellation_wordings = jsonb_build_object(
    'en', 'Cancel or reschedule free of charge up to 12 hours before the visit.',
    'es-AR', 'Cancelá o reprogramá sin cargo hasta 12 horas antes de la visita.')
    where id = 'denver-pros';
