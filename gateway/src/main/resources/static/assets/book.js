// The booking page: service → live slots → hold → details → quote → booking → payment → confirmation.
// A waitlist offer's link skips to the details with the slot held for the offer.
import { ApiError, newIdempotencyKey, request, showError, showInfo } from './api.js';
import { language, languagePicker, t } from './i18n.js';
import { countdown, dateTime, dayIn, el, money, time, titleCase, today } from './format.js';
import { slotPicker } from './slots.js';
import { monthCalendar } from './calendar.js';
import { attendeeEditor } from './attendees.js';
import { SETTLED, manageUrl, waitForBooking } from './bookings.js';
import { CardError, confirmWithCardForm, intentFor, mountElements, pageSettings, settle } from './payment.js';
import { downloadLink, invitation } from './ics.js';
import { chosenLength, showLengths } from './durations.js';
import { locationSharer } from './location.js';

const $ = (id) => document.getElementById(id);

const state = {
  services: [],
  service: null,
  slot: null,
  hold: null,
  holdTimer: null,
  quote: null,
  // what the quote was asked for: a booking must send the same, or ask again first
  quotedFor: null,
  booking: null,
  accessToken: null,
  sent: { body: null, key: null },
  elements: null,
  // the clock times are shown on: the business's (null) or the browser's own zone
  zone: null,
  providerId: null,
};

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const message = $('message');
const slots = slotPicker({
  list: $('slots'),
  status: $('slots-status'),
  live: $('slots-live'),
  onPick: (slot) => {
    state.slot = slot;
    $('hold').disabled = !slot || Boolean(state.hold);
  },
});
const attendees = attendeeEditor($('attendees'));
const calendar = monthCalendar({
  root: $('month'),
  onPick: (day) => {
    $('day').value = day;
    showSlots();
  },
});

/** The zone whose clock the page shows times on. */
function zone() {
  return state.zone || state.service.timeZone;
}

function zoneName(id) {
  const named = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { timeZone: id, timeZoneName: 'long' })
    .formatToParts(new Date()).find((part) => part.type === 'timeZoneName');
  return named ? named.value : id;
}

function describeZone() {
  if (!state.service) return;
  $('zone-note').textContent = t('zone.shown', { name: zoneName(zone()), zone: zone() });
  const other = state.zone ? state.service.timeZone : BROWSER_ZONE;
  const toggle = $('zone-switch');
  toggle.hidden = BROWSER_ZONE === state.service.timeZone;
  toggle.textContent = t(state.zone ? 'zone.business' : 'zone.mine', { zone: other });
  toggle.setAttribute('aria-pressed', state.zone ? 'true' : 'false');
}

function describeProviders(providers) {
  const select = $('provider');
  $('provider-box').hidden = providers.length < 2;
  const chosen = state.providerId ? String(state.providerId) : '';
  select.replaceChildren(el('option', { value: '', text: t('provider.any') }),
    ...providers.map((id) => el('option', { value: String(id), text: t('provider.named', { id }), selected: String(id) === chosen })));
}

/** The month of the chosen day, for the service, provider, length and zone chosen. */
function showMonth() {
  if (!state.service || state.hold) return;
  calendar.show({
    service: state.service,
    zone: zone(),
    providerId: state.providerId,
    length: length(),
    day: $('day').value,
    todayThere: today(zone()),
    onProviders: (providers) => { if (!state.providerId) describeProviders(providers); },
  });
}

function enable(stepId, on) {
  $(stepId).setAttribute('aria-disabled', on ? 'false' : 'true');
}

function needsAddress(service) {
  return Boolean(service && service.serviceArea) || (service && (service.type === 'MOBILE' || service.type === 'HOURLY'));
}

function length() {
  return chosenLength($('duration-box'), $('duration'));
}

/** The length of the held job (its span), for a service of variable length; null for a fixed one. */
function heldLength() {
  if ($('duration-box').hidden) return null;
  const { start, end } = state.hold;
  return end ? Math.round((new Date(end) - new Date(start)) / 60_000) : length();
}

function seatCount() {
  return Math.max(1, Number($('attendees-count').value) || 1);
}

// 1. business and service

async function loadCatalog() {
  try {
    const { data } = await request('GET', '/api/v2/services');
    state.services = data || [];
  } catch (failure) {
    showError(message, failure);
    return;
  }
  renderBusinesses();
  const offer = new URLSearchParams(location.search).get('offer');
  if (offer) await openOffer(offer);
}

// a waitlist offer's link (/?offer=<offerId>) opens the slot held for the offer; the offer's id is the hold's
async function openOffer(offerId) {
  let offered;
  try {
    ({ data: offered } = await request('GET', `/api/v2/waitlist/offers/${encodeURIComponent(offerId)}`));
  } catch (failure) {
    showError(message, failure);
    return;
  }
  const service = state.services.find((s) => s.id === offered.serviceId);
  if (!service || offered.status !== 'OPEN' || new Date(offered.expiresAt).getTime() <= Date.now()) {
    showInfo(message, t('offer.gone'), 'error');
    return;
  }
  $('business').value = businessOf(service);
  renderServices();
  $('service').value = service.id;
  $('day').value = dayIn(offered.start, state.zone || service.timeZone);
  $('attendees-count').value = String(offered.seats);
  describeService();
  holding({ holdId: offered.holdId, providerId: offered.providerId, serviceId: offered.serviceId, start: offered.start,
    end: offered.end, seats: offered.seats, expiresAt: offered.expiresAt });
  showInfo(message, t('offer.held', { time: dateTime(offered.start, service.timeZone) }));
  $('name').focus();
}

function businessOf(service) {
  return service.businessId || service.id.split('-')[0];
}

function renderBusinesses() {
  const select = $('business');
  const chosen = select.value;
  const businesses = [...new Set(state.services.map(businessOf))];
  select.replaceChildren(el('option', { value: '', text: t('choose') }),
    ...businesses.map((id) => el('option', { value: id, text: titleCase(id), selected: id === chosen })));
  if (businesses.length === 0) showInfo(message, t('service.none'));
  renderServices();
}

function renderServices() {
  const business = $('business').value;
  const select = $('service');
  const chosen = select.value;
  const offered = state.services.filter((service) => businessOf(service) === business);
  select.disabled = offered.length === 0;
  select.replaceChildren(el('option', { value: '', text: t('choose') }),
    ...offered.map((service) => el('option', { value: service.id, text: service.name, selected: service.id === chosen })));
  describeService();
}

function describeService() {
  const service = state.services.find((s) => s.id === $('service').value) || null;
  const info = $('service-info');
  state.service = service;
  info.replaceChildren();
  $('day').disabled = !service;
  enable('step-time', Boolean(service));
  if (!service) {
    $('zone-switch').hidden = true;
    $('provider-box').hidden = true;
    return;
  }
  info.append(
    el('p', { text: service.description || '' }),
    el('p', { text: `${t('service.duration', { minutes: service.durationMinutes })} · ${t('service.from', { price: money(service.basePriceCents, service.currency) })}` }),
  );
  if (service.depositRequired && service.depositCents) {
    info.append(el('p', { text: t('service.deposit', { price: money(service.depositCents, service.currency) }) }));
  }
  const group = (service.maxAttendees || service.capacity || 1) > 1;
  $('attendees-count-box').hidden = !group;
  $('attendees-count').max = String(service.maxAttendees || service.capacity || 1);
  $('attendees-count').min = String(service.minAttendees || 1);
  if (group && seatCount() < (service.minAttendees || 1)) $('attendees-count').value = String(service.minAttendees);
  $('address-box').hidden = !needsAddress(service);
  showLengths($('duration-box'), $('duration'), service, $('duration').value);
  if (!$('day').value || $('day').value < today(zone())) $('day').value = today(zone());
  $('day').min = today(zone());
  if (state.providersOf !== service.id) {
    state.providersOf = service.id;
    state.providerId = null;
    describeProviders([]);
  }
  describeZone();
  showMonth();
  showSlots();
}

function showSlots() {
  if (!state.service || !$('day').value || state.hold) return;
  state.slot = null;
  $('hold').disabled = true;
  slots.show(state.service, $('day').value, length(), { zone: zone(), providerId: state.providerId });
}

function switchZone() {
  if (!state.service || state.hold) return;
  state.zone = state.zone ? null : BROWSER_ZONE;
  $('day').min = today(zone());
  if ($('day').value < $('day').min) $('day').value = $('day').min;
  describeZone();
  showMonth();
  showSlots();
}

function chooseProvider() {
  if (state.hold) return;
  state.providerId = $('provider').value ? Number($('provider').value) : null;
  showMonth();
  showSlots();
}

// 2. hold with countdown

async function hold() {
  if (!state.slot) return;
  showError(message, null);
  $('hold').disabled = true;
  // the stream may tell of this hold before its answer comes
  slots.own({ providerId: state.slot.providerId, start: state.slot.start });
  try {
    const { data } = await request('POST', '/api/v2/availability/hold', {
      body: { serviceId: state.service.id, providerId: state.slot.providerId, start: state.slot.start, seats: seatCount(),
        durationMinutes: length() },
    });
    holding(data);
    $('name').focus();
  } catch (failure) {
    slots.disown();
    showError(message, failure);
    if (failure instanceof ApiError && failure.code === 'SLOT_TAKEN') {
      slots.drop(state.slot);
      offerAlternatives(failure.details.alternatives || []);
    } else {
      $('hold').disabled = false;
    }
  }
}

// the slot is held for the customer (picked here, or offered from the waitlist): count down, ask for the details
function holding(held) {
  state.hold = held;
  $('duration').disabled = true;
  slots.own(held);
  startCountdown();
  enable('step-details', true);
  $('to-review').disabled = false;
  prepareAttendees();
}

function offerAlternatives(alternatives) {
  if (!alternatives.length) return;
  const list = el('ul', { class: 'slots', 'aria-label': t('error.SLOT_TAKEN') });
  for (const alternative of alternatives) {
    list.append(el('li', {}, el('button', {
      type: 'button',
      text: `${time(alternative.start, zone())}`,
      onclick: () => {
        state.slot = { ...alternative, seatsLeft: 1 };
        list.remove();
        hold();
      },
    })));
  }
  message.append(list);
}

function startCountdown() {
  clearInterval(state.holdTimer);
  const expires = new Date(state.hold.expiresAt).getTime();
  $('hold-box').hidden = false;
  $('hold').hidden = true;
  let warned = false;
  const tick = () => {
    const left = expires - Date.now();
    $('hold-text').textContent = t('hold.heldFor', { time: time(state.hold.start, zone()) });
    $('hold-countdown').textContent = countdown(left);
    $('hold-countdown').classList.toggle('low', left < 60_000);
    if (left < 60_000 && !warned) {
      warned = true;
      $('hold-live').textContent = t('hold.held', { time: time(state.hold.start, zone()), countdown: countdown(left) });
    }
    if (left <= 0) holdExpired();
  };
  tick();
  state.holdTimer = setInterval(tick, 1000);
}

function holdExpired() {
  clearInterval(state.holdTimer);
  state.hold = null;
  resetToTime();
  showInfo(message, t('hold.expired'));
}

async function release() {
  const held = state.hold;
  clearInterval(state.holdTimer);
  state.hold = null;
  resetToTime();
  // only the holder has the hold's secret; a waitlist offer's hold has none here and lapses by itself
  if (held && held.holdToken) {
    request('DELETE', `/api/v2/availability/hold/${encodeURIComponent(held.holdId)}`,
      { headers: { 'X-Hold-Token': held.holdToken } }).catch(() => {});
  }
}

function resetToTime() {
  $('duration').disabled = false;
  $('hold-box').hidden = true;
  $('hold').hidden = false;
  enable('step-details', false);
  $('to-review').disabled = true;
  $('step-review').hidden = true;
  $('step-pay').hidden = true;
  state.quote = null;
  state.quotedFor = null;
  showMonth();
  showSlots();
  $('day').focus();
}

// 3. details

function prepareAttendees() {
  const group = $('attendees-count-box').hidden === false;
  if (group) {
    attendees.ensure(seatCount());
  } else if (!$('attendees').children.length) {
    attendees.ensure(0);
  }
}

// where the customer is, when they chose to share it: the trip is priced from there rather than from a postal code
const place = locationSharer({ use: $('use-location'), forget: $('forget-location'), status: $('location-status') });

function address() {
  if (!needsAddress(state.service)) return null;
  return {
    line1: $('line1').value.trim(),
    city: $('city').value.trim(),
    state: $('state').value.trim(),
    postalCode: $('postal').value.trim(),
    country: $('country').value.trim().toUpperCase(),
    ...(place.coordinates() || {}),
  };
}

// the address field the server could not place on the map: address.postalCode, address.country or the address
const ADDRESS_INPUTS = { 'address.postalCode': 'postal', 'address.country': 'country', address: 'line1' };

function markAddress(failure) {
  const input = $(ADDRESS_INPUTS[failure.field] || 'postal');
  input.setAttribute('aria-invalid', 'true');
  message.textContent = t('address.unresolvable');
  input.focus();
}

function missingField() {
  const required = [['name', 'field.name'], ['email', 'field.email'], ['phone', 'field.phone']];
  if (needsAddress(state.service)) required.push(['line1', 'field.line1'], ['city', 'field.city'], ['postal', 'field.postalCode']);
  for (const [id, label] of required) {
    const input = $(id);
    const bad = !input.value.trim() || (input.type === 'email' && !input.checkValidity());
    input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    if (bad) return { input, label };
  }
  return null;
}

async function toReview(event) {
  event.preventDefault();
  showError(message, null);
  const missing = missingField();
  if (missing) {
    showInfo(message, t('required', { field: t(missing.label) }), 'error');
    missing.input.focus();
    return;
  }
  await quote();
}

/** Marks the phone field as one the server could not read as a number to dial, and takes the customer to it. */
function markPhone(bad) {
  $('phone').setAttribute('aria-invalid', bad ? 'true' : 'false');
  $('phone-error').textContent = bad ? t('phone.invalid') : '';
  if (bad) $('phone').focus();
}

// 4. quote, breakdown and booking

// the quote is signed for the customer's email and everything that sets the price, so it is asked once they are known
function quoteRequest() {
  return {
    serviceId: state.service.id,
    scheduledDateTime: state.hold.start,
    address: address(),
    attendees: seatCount(),
    promoCode: $('promo').value.trim() || null,
    durationMinutes: heldLength(),
    customerEmail: $('email').value.trim(),
  };
}

async function quote() {
  try {
    const body = quoteRequest();
    const { data } = await request('POST', '/api/v2/services/pricing', { body });
    state.quote = data;
    state.quotedFor = JSON.stringify(body);
    if (body.address) Object.values(ADDRESS_INPUTS).forEach((id) => $(id).setAttribute('aria-invalid', 'false'));
    renderBreakdown();
    $('step-review').hidden = false;
    $('book').disabled = false;
    $('step-review').scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (failure) {
    showError(message, failure);
    if (failure instanceof ApiError && failure.details.reason === 'ADDRESS_UNRESOLVABLE') markAddress(failure);
  }
}

function renderBreakdown() {
  const q = state.quote;
  const rows = (q.breakdown || []).map((line) => el('tr', {},
    el('td', { text: line.label || line.code }),
    el('td', { class: 'amount', text: money(line.amountCents, q.currency) })));
  rows.push(el('tr', { class: 'total' }, el('th', { scope: 'row', text: t('review.total') }),
    el('td', { class: 'amount', text: money(q.finalPriceCents, q.currency) })));
  if (q.depositRequiredCents && q.depositRequiredCents < q.finalPriceCents) {
    rows.push(el('tr', {}, el('td', { text: t('review.dueNow') }), el('td', { class: 'amount', text: money(q.depositRequiredCents, q.currency) })));
    rows.push(el('tr', {}, el('td', { text: t('review.dueLater') }),
      el('td', { class: 'amount', text: money(q.finalPriceCents - q.depositRequiredCents, q.currency) })));
  }
  $('breakdown').replaceChildren(el('caption', { class: 'visually-hidden', text: t('step.review') }), el('tbody', {}, rows));
  $('quote-expiry').textContent = q.expiresAt ? t('review.quoteExpires', { time: time(q.expiresAt, state.service.timeZone) }) : '';
}

function bookingBody() {
  const addr = address();
  return {
    serviceId: state.service.id,
    holdId: state.hold.holdId,
    holdToken: state.hold.holdToken,
    quoteToken: state.quote.quoteToken,
    durationMinutes: heldLength(),
    customerName: $('name').value.trim(),
    customerEmail: $('email').value.trim(),
    customerPhone: $('phone').value.trim() || null,
    scheduledDateTime: state.hold.start,
    address: addr,
    promoCode: $('promo').value.trim() || null,
    specialInstructions: $('instructions').value.trim() || null,
    attendees: attendees.read(),
    language: language() === 'es' ? 'es-AR' : 'en',
    channels: ['EMAIL', ...['channel-sms', 'channel-whatsapp'].filter((id) => $(id).checked).map((id) => $(id).value)],
  };
}

/** The same body keeps its Idempotency-Key, so a retry after a lost answer replays the first booking. */
function idempotencyKeyFor(body) {
  const text = JSON.stringify(body);
  if (state.sent.body !== text) {
    state.sent = { body: text, key: newIdempotencyKey() };
  }
  return state.sent.key;
}

async function book() {
  const box = $('review-message');
  showError(message, null);
  showError(box, null);
  $('book').disabled = true;
  if (state.quotedFor !== JSON.stringify(quoteRequest())) {
    // the details changed since the price was shown: show the price for them before booking
    await quote();
    $('book').disabled = false;
    return;
  }
  showInfo(box, t('review.booking'));
  const body = bookingBody();
  try {
    const { data, headers } = await request('POST', '/api/v2/bookings', { body, headers: { 'Idempotency-Key': idempotencyKeyFor(body) } });
    if (!data || !data.id) {
      throw new ApiError(502, { code: 'SERVICE_UNAVAILABLE', requestId: headers.get('X-Request-Id') });
    }
    state.booking = data;
    state.accessToken = data.accessToken;
    clearInterval(state.holdTimer);
    $('hold-box').hidden = true;
    if (!SETTLED.includes(data.status)) {
      showInfo(box, t('review.waiting'));
      state.booking = { ...await waitForBooking(data.id, state.accessToken, (b) => SETTLED.includes(b.status)), accessToken: state.accessToken };
    }
    await afterBooking(box);
  } catch (failure) {
    showError(box, failure);
    if (failure instanceof ApiError && failure.field === 'customerPhone') {
      markPhone(true);
      $('book').disabled = false;
      return;
    }
    if (failure instanceof ApiError && (failure.code === 'QUOTE_EXPIRED' || failure.code === 'QUOTE_INVALID')) {
      await quote();
    } else if (failure instanceof ApiError && failure.code === 'HOLD_EXPIRED') {
      holdExpired();
      return;
    }
    $('book').disabled = false;
  }
}

async function afterBooking(box) {
  const booking = state.booking;
  if (booking.status === 'AWAITING_PAYMENT') {
    showError(box, null);
    await showPayment();
  } else if (booking.status === 'CONFIRMED') {
    showError(box, null);
    confirmation();
  } else if (booking.status === 'REJECTED' || booking.status === 'EXPIRED') {
    state.hold = null;
    resetToTime();
    showInfo(message, t('error.SLOT_TAKEN'), 'error');
  } else {
    showInfo(box, t('review.waiting'));
  }
}

// 5. payment

async function showPayment() {
  const settings = await pageSettings();
  const booking = state.booking;
  const due = booking.amountDueCents ?? state.quote.depositRequiredCents ?? state.quote.finalPriceCents;
  state.dueCents = due;
  $('h-pay').textContent = t('pay.title', { amount: money(due, state.quote.currency) });
  $('step-review').hidden = true;
  $('step-pay').hidden = false;
  if (settings.stripeElements && !state.elements) {
    $('card-fields').hidden = true;
    $('card-element').hidden = false;
    try {
      state.elements = await mountElements(settings, $('card-element'));
    } catch (failure) {
      showError($('pay-message'), failure);
    }
  } else {
    $('sandbox-hint').hidden = false;
  }
  $('card-number').focus();
}

async function pay(event) {
  event.preventDefault();
  const box = $('pay-message');
  showError(box, null);
  $('pay').disabled = true;
  showInfo(box, t('pay.paying'));
  try {
    const settings = await pageSettings();
    const intent = await intentFor(state.booking.id, state.accessToken);
    // an intent for another amount is the balance, offered once what is due now is paid: charge nothing, wait below
    if (state.dueCents === undefined || intent.amountCents === state.dueCents) {
      if (state.elements) {
        await state.elements.confirm(intent);
      } else {
        await confirmWithCardForm(settings, intent, {
          number: $('card-number').value, expiry: $('card-expiry').value, cvc: $('card-cvc').value,
        });
      }
      const payment = await settle(intent, state.accessToken);
      if (payment && payment.status === 'FAILED') {
        throw new ApiError(402, { code: 'PAYMENT_FAILED' });
      }
    }
    showInfo(box, t('pay.waiting'));
    const booking = await waitForBooking(state.booking.id, state.accessToken, (b) => b.status !== 'AWAITING_PAYMENT');
    state.booking = { ...booking, accessToken: state.accessToken };
    showError(box, null);
    if (booking.status === 'CONFIRMED') {
      confirmation();
    } else {
      showInfo(box, t('pay.waiting'));
      $('pay').disabled = false;
    }
  } catch (failure) {
    if (failure instanceof CardError) {
      showInfo(box, failure.words, 'error');
      box.setAttribute('role', 'alert');
    } else {
      showError(box, failure);
    }
    $('pay').disabled = false;
  }
}

// confirmation

function confirmation() {
  const booking = state.booking;
  const zone = state.service.timeZone;
  const link = manageUrl(booking, state.accessToken);
  for (const id of ['step-service', 'step-time', 'step-details', 'step-review', 'step-pay']) $(id).hidden = true;
  const summary = $('done-summary');
  summary.replaceChildren(
    el('dt', { text: t('done.service') }), el('dd', { text: state.service.name }),
    el('dt', { text: t('done.when') }), el('dd', { text: dateTime(booking.scheduledDateTime, zone) }),
    el('dt', { text: t('done.status') }), el('dd', {}, el('span', { class: `status ${booking.status}`, text: t(`status.${booking.status}`) })),
    el('dt', { text: t('review.total') }), el('dd', { text: money((booking.pricing || state.quote).finalPriceCents, state.quote.currency) }),
  );
  downloadLink($('ics'), invitation({ booking, serviceName: state.service.name, manageUrl: link }), `booking-${booking.id}.ics`);
  $('manage-link').href = link;
  $('manage-link').textContent = link;
  $('step-done').hidden = false;
  $('step-done').focus();
  slots.close();
}

async function copyLink() {
  try {
    await navigator.clipboard.writeText($('manage-link').href);
    $('copy-status').textContent = t('done.copied');
  } catch (refused) {
    const range = document.createRange();
    range.selectNodeContents($('manage-link'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }
}

// wiring

$('business').addEventListener('change', () => { if (!state.hold) renderServices(); });
$('service').addEventListener('change', () => { if (!state.hold) describeService(); });
$('day').addEventListener('change', () => {
  if (!state.hold && $('day').value) calendar.select($('day').value);
  showSlots();
});
$('provider').addEventListener('change', chooseProvider);
$('zone-switch').addEventListener('click', switchZone);
$('phone').addEventListener('input', () => { if ($('phone').getAttribute('aria-invalid') === 'true') markPhone(false); });
$('attendees-count').addEventListener('change', () => {
  if (!state.hold) showSlots();
});
$('duration').addEventListener('change', () => {
  if (!state.hold) {
    showMonth();
    showSlots();
  }
});
$('hold').addEventListener('click', hold);
$('release').addEventListener('click', release);
$('step-details').addEventListener('submit', toReview);
$('add-attendee').addEventListener('click', () => attendees.add().querySelector('input').focus());
$('book').addEventListener('click', book);
$('card-form').addEventListener('submit', pay);
$('copy-link').addEventListener('click', copyLink);
$('again').addEventListener('click', () => location.assign('/'));
window.addEventListener('pagehide', () => slots.close());

languagePicker($('lang'), () => {
  renderBusinesses();
  describeZone();
  calendar.render();
  if (state.quote && !$('step-review').hidden) renderBreakdown();
  if (state.hold) slots.reload();
});
loadCatalog();
