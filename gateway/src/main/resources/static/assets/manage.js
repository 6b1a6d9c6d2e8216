// The guest's private link: see the booking and what is still owed, pay it (the balance after a deposit), cancel it
// under the policy, or move it to another free time.
import { ApiError, request, showError, showInfo } from './api.js';
import { has, languagePicker, t } from './i18n.js';
import { dateTime, el, money, today } from './format.js';
import { slotPicker } from './slots.js';
import { readBooking, manageUrl, waitForBooking } from './bookings.js';
import { downloadLink, invitation } from './ics.js';
import { lengthsOf } from './durations.js';
import { CardError, confirmWithCardForm, intentFor, mountElements, pageSettings, settle } from './payment.js';
import { partyChanger } from './party.js';
import { invoiceLink, invoiceOf } from './invoice.js';

const $ = (id) => document.getElementById(id);
// the private link of the booking page (#booking=ID&token=TOKEN) or the signed link of a message
// (#booking=ID&link=LINK, or the same in the query): the services take either as the booking's token
const params = new URLSearchParams(location.hash.length > 1 ? location.hash.slice(1) : location.search.slice(1));
const bookingId = params.get('booking');
const token = params.get('token') || params.get('link');
const message = $('message');
const CHANGEABLE = ['PENDING', 'AWAITING_PAYMENT', 'CONFIRMED'];
const PAYABLE = ['AWAITING_PAYMENT', 'CONFIRMED'];

const state = { booking: null, service: null, slot: null, elements: null, paymentReady: false, invoice: null };

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
    summary.append(el('dt', { text: t('review.total') }), el('dd', { text: money(inFull(booking), currency()) }));
  }
  const stillOwed = owed(booking);
  if (PAYABLE.includes(booking.status) && (booking.paidCents || stillOwed)) {
    summary.append(el('dt', { text: t('done.paid') }), el('dd', { text: money(booking.paidCents || 0, currency()) }),
      el('dt', { text: t('manage.owed') }), el('dd', { id: 'owed', text: money(stillOwed, currency()) }));
  }
  if (state.invoice) {
    summary.append(el('dt', { text: t('manage.invoice') }), el('dd', { id: 'invoice' }, invoiceLink(state.invoice, token)));
  }
  if (booking.notarization) {
    summary.append(el('dt', { text: t('manage.notarization') }), el('dd', { id: 'notarization' }, notarization(booking.notarization, zone)));
  }
  renderPayment(booking);
  const open = CHANGEABLE.includes(booking.status);
  $('reschedule-box').hidden = !open;
  party.show(booking, state.service, open);
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

/** Where a remote online notarization stands at Proof, in words, and since when in the service's zone. */
function notarization({ status, updatedAt }, zone) {
  const key = `notarization.${status}`;
  return el('span', { class: `notarization ${status}`, text: t('manage.notarizationStatus', {
    status: has(key) ? t(key) : status, when: dateTime(updatedAt, zone) }) });
}

/** What the booking costs in all: its quoted price with the fees charged since, never less than what is due now. */
function inFull(booking) {
  const fees = (booking.charges || []).reduce((sum, line) => sum + (line.amountCents || 0), 0);
  const price = booking.pricing && booking.pricing.finalPriceCents !== undefined ? booking.pricing.finalPriceCents + fees : 0;
  return Math.max(booking.amountDueCents || 0, price);
}

/** What is still unpaid of it: after a paid deposit, the balance; a refund is never asked for again. */
function owed(booking) {
  if (booking.owedCents !== undefined) return booking.owedCents;
  return Math.max(0, inFull(booking) - (booking.paidCents || 0) - (booking.refundedCents || 0));
}

/** What paying now asks for: what is due now while any of it is unpaid, then the balance (as the payment service asks). */
function askedNow(booking) {
  return booking.balanceDueCents > 0 ? booking.balanceDueCents : owed(booking);
}

function renderPayment(booking) {
  // a booking that never asked for money online (paid at the appointment) is not paid here
  const asked = PAYABLE.includes(booking.status) && booking.amountDueCents > 0 ? askedNow(booking) : 0;
  $('pay-box').hidden = asked <= 0;
  if (asked <= 0) return;
  const balance = !(booking.balanceDueCents > 0);
  $('h-pay').textContent = t(balance ? 'manage.payTitle' : 'manage.payDueTitle');
  $('pay-owed').textContent = t(balance ? 'manage.balanceText' : 'manage.dueText', { amount: money(asked, currency()) });
  $('pay').textContent = t(balance ? 'manage.payBalance' : 'pay.title', { amount: money(asked, currency()) });
  preparePayment();
}

// the same card entry as the booking page: Stripe Elements when configured, the sandbox's card form otherwise
async function preparePayment() {
  if (state.paymentReady) return;
  state.paymentReady = true;
  try {
    const settings = await pageSettings();
    if (settings.stripeElements) {
      $('card-fields').hidden = true;
      $('card-element').hidden = false;
      state.elements = await mountElements(settings, $('card-element'));
    } else {
      $('sandbox-hint').hidden = false;
    }
  } catch (failure) {
    state.paymentReady = false;
    showError($('pay-message'), failure);
  }
}

async function pay(event) {
  event.preventDefault();
  const box = $('pay-message');
  box.removeAttribute('role');
  showError(box, null);
  $('pay').disabled = true;
  showInfo(box, t('pay.paying'));
  try {
    const settings = await pageSettings();
    const paidBefore = state.booking.paidCents || 0;
    const asked = askedNow(state.booking);
    const intent = await intentFor(bookingId, token);
    if (intent.amountCents !== asked) {
      // the booking changed since it was shown: show what is owed now and charge nothing
      state.booking = await readBooking(bookingId, token);
      render();
      showInfo(box, t('manage.amountChanged', { amount: money(intent.amountCents, intent.currency) }), 'error');
      return;
    }
    if (state.elements) {
      await state.elements.confirm(intent);
    } else {
      await confirmWithCardForm(settings, intent, {
        number: $('card-number').value, expiry: $('card-expiry').value, cvc: $('card-cvc').value,
      });
    }
    const payment = await settle(intent, token);
    if (payment && payment.status === 'FAILED') {
      throw new ApiError(402, { code: 'PAYMENT_FAILED' });
    }
    showInfo(box, t('pay.waiting'));
    state.booking = await waitForBooking(bookingId, token, (b) => (b.paidCents || 0) > paidBefore, 20);
    showError(box, null);
    render();
    if ((state.booking.paidCents || 0) > paidBefore) {
      showInfo(message, owed(state.booking) > 0 ? t('manage.paidPart', { amount: money(owed(state.booking), currency()) })
        : t('manage.paidInFull'), 'ok');
    } else {
      showInfo(box, t('pay.waiting'));
    }
  } catch (failure) {
    if (failure instanceof CardError) {
      showInfo(box, failure.words, 'error');
      box.setAttribute('role', 'alert');
    } else if (failure instanceof ApiError && failure.code === 'ALREADY_PAID') {
      showError(box, null);
      await load();
      showInfo(message, t('manage.paidInFull'), 'ok');
    } else {
      showError(box, failure);
    }
  } finally {
    $('pay').disabled = false;
  }
}

async function load() {
  showError(message, null);
  try {
    state.booking = await readBooking(bookingId, token);
    // the invoice the booking names stays on the page after a refund (a credit note does not undo it)
    state.invoice = state.booking.invoiceNumber
      ? { number: state.booking.invoiceNumber, url: state.booking.invoiceUrl }
      : (state.booking.paidCents || 0) > 0 ? await invoiceOf(bookingId, token) : null;
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

// the new time is priced like the booking was: same address, attendees (or the new party's), promo code and email
function quoteFor(hold, seats) {
  const booking = state.booking;
  return request('POST', '/api/v2/services/pricing', {
    body: {
      serviceId: booking.serviceId,
      scheduledDateTime: hold.start,
      address: booking.address || null,
      attendees: seats || seatsOf(booking),
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

const party = partyChanger({
  box: $('party-box'),
  list: $('party'),
  add: $('party-add'),
  save: $('party-save'),
  message: $('party-message'),
  bookingId,
  token,
  quoteFor,
  onChanged: (booking) => {
    state.booking = booking;
    render();
  },
});

$('refresh').addEventListener('click', load);
$('cancel').addEventListener('click', cancel);
$('move').addEventListener('click', move);
$('card-form').addEventListener('submit', pay);
$('day').addEventListener('change', () => { if (state.service) slots.show(state.service, $('day').value, bookedLength()); });
window.addEventListener('pagehide', () => slots.close());

languagePicker($('lang'), () => { if (state.booking) render(); });
// without the link's token a signed-in owner reads their booking through the session
if (!bookingId) {
  showInfo(message, t('manage.missing'), 'error');
} else {
  load();
}
