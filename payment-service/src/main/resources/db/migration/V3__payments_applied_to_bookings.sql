-- Whether a successful payment counts towards what its booking owes. A booking can take several: the rest of a part
-- payment, or a fee charged after it was paid. A success given back (booking closed, already paid, or not taken by the
-- booking) does not count.
alter table payment add column applied boolean not null default false;

update payment set applied = true
where status = 'SUCCEEDED'
  and not exists (select 1 from refund r where r.payment_id = payment.id
                  and r.request_key in ('duplicate-payment', 'booking-expired', 'booking-cancelled'));

create index payment_applied on payment (booking_id) where applied;
