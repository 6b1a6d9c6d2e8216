-- A reschedule may bring a new party (more or fewer attendees, held and quoted for their seats): it waits beside the
-- pending quote until the new slot is booked, and the booking takes both with the slot.
alter table booking add column pending_attendees text;
