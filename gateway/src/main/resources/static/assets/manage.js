// The guest's private link: see the booking, cancel it under the policy, or move it to another free time.
import { ApiError, request, showError, showInfo } from './api.js';
import { languagePicker, t } from './i18n.js';
import { dateTime, el, money, today } from './format.js';
import { slotPicker } from './slots.js';
import { readBooking, manageUrl, waitForBooking } from './bookings.js';
import { downloadLink, invitation } from './ics.js';
import { lengthsOf } from './durations.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.hash.slice(1));
const bookingId = params.get('booking');
const token = params.get('token');
const message = $('message');
const CHANGEABLE = ['PENDING', 'AWAITING_PAYMENT', 'CONFIRMED'];

const state = { booking: null, service: null, slot: null };

const slots = slotPicker({
  list: $('slots'),
  status: $('slots-status'),
  live: $('slots-live'),
  onPick: (slot) => {
    state.slot = slot;
    $('move').disabled = !slot;
  },
});

function currency() {
  return (state.booking.pricing && state.booking.pricing.currency) || (state.service && state.service.currency);
}

function render() {
  const booking = state.booking;
  const zone = (state.service && state.service.timeZone) || 'UTC';
  const rows = [
    [t('done.service'), state.service ? state.service.name : booking.serviceId],
    [t('done.when'), dateTime(booking.scheduledDateTime, zone)],
  ];
  const summary = $('summary');
  summary.replaceChildren(...rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]),
    el('dt', { text: t('done.status') }), el('dd', {}, el('span', { class: `status ${booking.status}`, text: t(`status.${booking.status}`) })));
  if (booking.pricing && booking.pricing.finalPriceCents !== undefined) {
    summary.append(el('dt', { text: t('review.total') }), el('dd', { text: money(booking.pricing.finalPriceCents, currency()) }));
  }
  const open = CHANGEABLE.includes(booking.status);
  $('reschedule-box').hidden = !open;
  $('cancel-box').hidden = !open;
  if (booking.status === 'CONFIRMED') {
    $('ics').hidden = false;
    downloadLink($('ics'), invitation({ booking, serviceName: state.service ? state.service.name : booking.serviceId,
      manageUrl: manageUrl(booking, token) }), `booking-${booking.id}.ics`);
  }
  if (open && state.service && !$('day').value) {
    $('day').value = today(state.service.timeZone);
    $('day').min = today(state.service.timeZone);
    slots.show(state.service, $('day').value, bookedLength());
  }
}

async function load() {
  showError(message, null);
  try {
    state.booking = await readBooking(bookingId, token);
    if (!state.service) {
      const { data } = await request('GET', `/api/v2/services/${encodeURIComponent(state.booking.serviceId)}`);
      state.service = data;
    }
    render();
  } catch (failure) {
    showError(message, failure);
  }
}

async function cancel() {
  if (!window.confirm(t('manage.cancelConfirm'))) return;
  $('cancel').disabled = true;
  try {
    const reason = $('reason').value.trim();
    const query = reason ? `?${new URLSearchParams({ reason })}` : '';
    const { data } = await request('DELETE', `/api/v2/bookings/${encodeURIComponent(bookingId)}${query}`, { bookingToken: token });
    showInfo(message, t('manage.cancelled', { amount: money(data.refundCents || 0, currency()) }), 'ok');
    slots.close();
    await load();
  } catch (failure) {
    showError(message, failure);
  } finally {
    $('cancel').disabled = false;
  }
}

/** The booking's own length, for a service of variable length (its time stays as long as it was); else null. */
function bookedLength() {
  const { scheduledDateTime, endDateTime } = state.booking;
  if (!lengthsOf(state.service).length || !endDateTime) return null;
  return Math.round((new Date(endDateTime) - new Date(scheduledDateTime)) / 60_000);
}

function seatsOf(booking) {
  return Math.max(1, booking.seats || (booking.attendees || []).length);
}

// the new time is priced like the booking was: same address, attendees, promo code and email
function quoteFor(hold) {
  const booking = state.booking;
  return request('POST', '/api/v2/services/pricing', {
    body: {
      serviceId: booking.serviceId,
      scheduledDateTime: hold.start,
      address: booking.address || null,
      attendees: seatsOf(booking),
      promoCode: booking.promoCode || (booking.pricing && booking.pricing.promoCode) || null,
      durationMinutes: bookedLength(),
      customerEmail: booking.customerEmail,
    },
  });
}

function releaseHold(hold) {
  request('DELETE', `/api/v2/availability/hold/${encodeURIComponent(hold.holdId)}`,
    { headers: { 'X-Hold-Token': hold.holdToken } }).catch(() => {});
}

// a move is: hold the new time, get its price, then move the booking onto the hold with that price
async function move() {
  if (!state.slot) return;
  $('move').disabled = true;
  showError(message, null);
  let hold = null;
  try {
    ({ data: hold } = await request('POST', '/api/v2/availability/hold', {
      body: { serviceId: state.booking.serviceId, providerId: state.slot.providerId, start: state.slot.start,
        seats: seatsOf(state.booking), durationMinutes: bookedLength() },
    }));
    const { data: quote } = await quoteFor(hold);
    const before = state.booking.scheduledDateTime;
    await request('PUT', `/api/v2/bookings/${encodeURIComponent(bookingId)}`, {
      body: { holdId: hold.holdId, holdToken: hold.holdToken, quoteToken: quote.quoteToken }, bookingToken: token });
    hold = null;
    state.booking = await waitForBooking(bookingId, token, (b) => b.scheduledDateTime !== before || !CHANGEABLE.includes(b.status), 15);
    render();
    showInfo(message, t('manage.rescheduled', { time: dateTime(state.booking.scheduledDateTime, state.service.timeZone) }), 'ok');
    slots.reload();
  } catch (failure) {
    if (hold) releaseHold(hold);
    showError(message, failure);
    if (failure instanceof ApiError && failure.code === 'SLOT_TAKEN') slots.drop(state.slot);
    else $('move').disabled = !state.slot;
  }
}

$('refresh').addEventListener('click', load);
$('cancel').addEventListener('click', cancel);
$('move').addEventListener('click', move);
$('day').addEventListener('change', () => { if (state.service) slots.show(state.service, $('day').value, bookedLength()); });
window.addEventListener('pagehide', () => slots.close());

languagePicker($('lang'), () => { if (state.booking) render(); });
if (!bookingId || !token) {
  showInfo(message, t('manage.missing'), 'error');
} else {
  load();
}
