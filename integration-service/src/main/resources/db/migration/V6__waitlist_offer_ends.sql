-- Offers that ended before their customer could take them: the slot's hold was refused (HOLD_REFUSED) or the
-- customer left the waitlist (WITHDRAWN). Kept by offer id, also when the end arrives before the offer itself (the
-- topics are consumed independently), so an offer that ended asks for no notice.
create table waitlist_offer_end (
    offer_id  uuid        primary key,
    reason    text        not null check (reason in ('HOLD_REFUSED', 'WITHDRAWN')),
    ended_at  timestamptz not null
);
