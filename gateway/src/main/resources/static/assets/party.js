// Who comes: the attendees of a group or course booking, renamed, added or removed from the manage link. The same
// number of people only renames them; another number is held and priced again for its seats at the booking's own time
// (a move onto the same time, with a quote for that many attendees), and the booking takes the new price.
import { request, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { money } from './format.js';
import { attendeeEditor } from './attendees.js';
import { waitForBooking } from './bookings.js';

/**
 * {@code box}: the section, shown for a service that seats more than one; {@code quoteFor(hold, seats)} prices the
 * booking at the hold's time for that many; {@code onChanged(booking)} shows the booking as it now is.
 */
export function partyChanger({ box, list, add, save, message, bookingId, token, quoteFor, onChanged }) {
  const editor = attendeeEditor(list);
  let current = null;

  async function holdSeats(booking, seats) {
    const { data: hold } = await request('POST', '/api/v2/availability/hold', {
      body: { serviceId: booking.serviceId, providerId: booking.providerId, start: booking.scheduledDateTime, seats },
    });
    return hold;
  }

  function release(hold) {
    request('DELETE', `/api/v2/availability/hold/${encodeURIComponent(hold.holdId)}`,
      { headers: { 'X-Hold-Token': hold.holdToken } }).catch(() => {});
  }

  async function change() {
    const booking = current;
    const people = editor.read();
    const seats = Math.max(1, people.length);
    save.disabled = true;
    showError(message, null);
    let hold = null;
    try {
      if (seats === Math.max(1, booking.seats || 1)) {
        const { data } = await request('PUT', `/api/v2/bookings/${encodeURIComponent(bookingId)}`,
          { body: { attendees: people }, bookingToken: token });
        onChanged(data);
        showInfo(message, t('party.renamed'), 'ok');
        return;
      }
      hold = await holdSeats(booking, seats);
      const { data: quote } = await quoteFor(hold, seats);
      await request('PUT', `/api/v2/bookings/${encodeURIComponent(bookingId)}`, {
        body: { holdId: hold.holdId, holdToken: hold.holdToken, quoteToken: quote.quoteToken, attendees: people },
        bookingToken: token,
      });
      hold = null;
      const changed = await waitForBooking(bookingId, token, (b) => b.seats === seats || !b.pendingHoldId, 15);
      onChanged(changed);
      if (changed.seats === seats) {
        showInfo(message, t('party.changed', { n: seats,
          amount: money(changed.pricing.finalPriceCents, changed.currency) }), 'ok');
      } else {
        showInfo(message, t('party.notChanged'), 'error');
      }
    } catch (failure) {
      if (hold) release(hold);
      showError(message, failure);
    } finally {
      save.disabled = false;
    }
  }

  add.addEventListener('click', () => editor.add().querySelector('input').focus());
  save.addEventListener('click', change);

  return {
    /** Shows the party of an open booking of a service seating more than one; hides the box otherwise. */
    show(booking, service, open) {
      current = booking;
      box.hidden = !open || !service || (service.capacity || 1) < 2;
      if (!box.hidden && !list.contains(document.activeElement)) editor.fill(booking.attendees);
    },
  };
}
