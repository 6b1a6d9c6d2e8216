// Providers and admins: the provider's schedule, services and time off, the bookings of a day or a week with
// course sessions' attendees by priority, state changes, refunds, analytics.
import { request, showError, showInfo } from './api.js';
import { has, languagePicker, t } from './i18n.js';
import { dayIn, dayRange, el, longDay, money, time, toCents } from './format.js';
import { PRIORITY_ORDER } from './attendees.js';
import { barChart } from './charts.js';
import { catalog } from './bookings.js';
import { hasRole, signedIn } from './account.js';
import { scheduleEditor } from './schedule-editor.js';
import { attendeesOf, download, groupSessions, requirementsByPriority as sessionNeeds, sessionCsv } from './sessions.js';
import { mondayOf, plusDays } from './schedule.js';

const $ = (id) => document.getElementById(id);
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const message = $('message');

// who is signed in comes from the gateway's session; the page holds no token
const state = { person: null, services: new Map(), bookings: [], zone: browserZone, shown: null };

function isAdmin() {
  return hasRole(state.person, 'ADMIN');
}

async function whoIsHere() {
  state.person = await signedIn();
  const staff = hasRole(state.person, 'PROVIDER', 'ADMIN');
  $('signin-needed').hidden = staff;
  $('signin-words').textContent = t(state.person ? 'staff.notStaff' : 'staff.signInFirst');
  $('staff-signin').hidden = Boolean(state.person);
  $('admin-link').hidden = !isAdmin();
  // a provider sees their own business; an admin picks the provider (also from the address: ?provider=12)
  const asked = new URLSearchParams(location.search).get('provider');
  if (staff && state.person.providerId && !$('provider').value) $('provider').value = String(state.person.providerId);
  else if (staff && isAdmin() && asked && !$('provider').value) $('provider').value = asked;
  $('provider').readOnly = Boolean(staff && state.person.providerId && !isAdmin());
  // a provider sees their own id named as theirs; the admin's words (empty for all) are for admins
  const own = Boolean(staff && state.person.providerId && !isAdmin());
  const label = document.querySelector('label[for="provider"]');
  label.dataset.i18n = own ? 'field.providerOwn' : 'field.provider';
  label.textContent = own ? t('field.providerOwn', { name: state.person.name || state.person.email || state.person.subject }) : t('field.provider');
  return staff;
}

function call(method, path, body) {
  return request(method, path, { body });
}

function pageItems(data) {
  if (Array.isArray(data)) return data;
  return (data && (data.content || data.items || data.bookings || data.results)) || [];
}

function providerId() {
  return $('provider').value.trim();
}

// the provider: schedule, services, time off

const editor = scheduleEditor({
  call,
  providerId,
  services: () => state.services,
  onZone: (zone) => {
    state.zone = zone || browserZone;
    showZone();
  },
});

function showZone() {
  const words = t('staff.zoneShown', { zone: state.zone });
  $('provider-zone').textContent = providerId() ? words : '';
  $('timeoff-zone').textContent = words;
}

async function loadProvider(event) {
  event?.preventDefault();
  showError(message, null);
  if (!providerId() && isAdmin()) {
    // an admin without a provider sees everyone's bookings and no schedule
    $('schedule-card').hidden = true;
    $('timeoff-card').hidden = true;
    state.zone = browserZone;
    showZone();
    await loadDay();
    return;
  }
  if (!/^\d+$/.test(providerId())) {
    showInfo(message, t('required', { field: t('field.provider') }), 'error');
    $('provider').focus();
    return;
  }
  if (!state.services.size) state.services = await catalog();
  await editor.load();
  // the day is the provider's today until someone picks another
  if (!state.dayChosen) $('day').value = dayIn(Date.now(), state.zone);
  await loadDay();
}

// the day or the week

function shownRange() {
  const day = $('day').value || dayIn(Date.now(), state.zone);
  if ($('span').value !== 'week') return { first: day, days: 1, ...dayRange(day, state.zone) };
  const monday = mondayOf(day);
  return { first: monday, days: 7, from: dayRange(monday, state.zone).from, to: dayRange(plusDays(monday, 7), state.zone).from };
}

async function loadDay(event) {
  event?.preventDefault();
  const box = $('day-status');
  showError(message, null);
  showInfo(box, t('loading'));
  const range = shownRange();
  const query = new URLSearchParams({ from: range.from, to: range.to, page: '0', size: '100' });
  if (providerId()) query.set('providerId', providerId());
  try {
    if (!state.services.size) state.services = await catalog();
    const { data } = await call('GET', `/api/v2/bookings?${query}`);
    const listed = pageItems(data);
    state.bookings = await Promise.all(listed.map(async (booking) => (booking.attendees
      ? booking : (await call('GET', `/api/v2/bookings/${encodeURIComponent(booking.id)}`)).data)));
    state.bookings.sort((a, b) => new Date(a.scheduledDateTime) - new Date(b.scheduledDateTime));
    state.shown = range;
    renderDay();
  } catch (failure) {
    showError(box, failure);
    $('bookings').replaceChildren();
  }
}

function requirementsByPriority(booking) {
  const needs = [];
  for (const attendee of booking.attendees || []) {
    for (const requirement of attendee.requirements || []) needs.push({ attendee: attendee.name, ...requirement });
  }
  const rank = (priority) => { const i = PRIORITY_ORDER.indexOf(priority); return i < 0 ? PRIORITY_ORDER.length : i; };
  return needs.sort((a, b) => rank(a.priority) - rank(b.priority));
}

function renderDay() {
  const box = $('day-status');
  const list = $('bookings');
  list.replaceChildren();
  const range = state.shown || shownRange();
  const week = range.days > 1;
  if (!state.bookings.length) {
    showInfo(box, t(week ? 'staff.noneWeek' : 'staff.none'));
    return;
  }
  showInfo(box, week ? t('staff.week', { day: longDay(range.first), count: state.bookings.length })
    : t('staff.day', { day: $('day').value }));
  for (let i = 0; i < range.days; i += 1) {
    const day = plusDays(range.first, i);
    const ofDay = state.bookings.filter((b) => dayIn(b.scheduledDateTime, zoneOf(b)) === day);
    if (week) {
      list.append(el('h3', { class: 'week-day', text: `${longDay(day)} · ${t('staff.count', { count: ofDay.length })}` }));
    }
    for (const group of groupSessions(ofDay, state.services)) {
      list.append(group.kind === 'session' ? sessionCard(group) : bookingCard(group.booking));
    }
  }
}

function zoneOf(booking) {
  return state.zone || (state.services.get(booking.serviceId) || {}).timeZone || browserZone;
}

function sessionCard(session) {
  const zone = state.zone;
  const people = attendeesOf(session);
  const title = `${time(session.start, zone)}–${time(session.end || session.start, zone)} · ${session.service.name}`;
  const id = `session-${session.bookings[0].id}`;
  const seats = `${t('session.seats', { taken: people.length, capacity: session.service.capacity || '' })}`;
  const groups = sessionNeeds(people);
  const exportButton = el('button', { type: 'button', class: 'small secondary', id: `${id}-csv`, text: t('session.csv'), onclick: () => {
    const csv = sessionCsv(session, [t('csv.priority'), t('csv.type'), t('csv.details'), t('csv.attendee'), t('csv.email'), t('csv.booking')]);
    download(`${session.service.id}-${new Date(session.start).toISOString().slice(0, 16).replace(/\D/g, '')}.csv`, csv);
  } });
  const card = el('article', { class: 'session card', 'aria-labelledby': `${id}-title`, 'data-session': session.key },
    el('h3', { id: `${id}-title`, text: `${title} · ${seats}` }),
    el('h4', { text: t('session.attendees') }),
    people.length ? el('table', { class: 'attendees' },
      el('thead', {}, el('tr', {}, [t('csv.attendee'), t('csv.email'), t('session.bookedBy')].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, people.map((p) => el('tr', {}, el('td', { text: p.name }), el('td', { text: p.email }), el('td', { text: p.customerName })))))
      : el('p', { class: 'hint', text: t('session.noAttendees') }),
    el('h4', { text: t('staff.requirements') }),
    groups.length ? groups.map(([priority, needs]) => el('section', { class: `needs priority-${priority}`, 'data-priority': priority },
      el('h5', { text: `${has(`priority.${priority}`) ? t(`priority.${priority}`) : priority} (${needs.length})` }),
      el('ul', {}, needs.map((need) => el('li', { text: `${has(`req.${need.type}`) ? t(`req.${need.type}`) : need.type} — ${need.details || ''} (${need.attendee})` })))))
      : el('p', { class: 'hint', text: t('staff.noRequirements') }),
    exportButton,
    el('h4', { text: t('session.bookings') }),
    session.bookings.map((booking) => bookingCard(booking)));
  return card;
}

function bookingCard(booking) {
  const service = state.services.get(booking.serviceId);
  const currency = (booking.pricing && booking.pricing.currency) || (service && service.currency) || 'USD';
  const serviceZone = state.zone || (service && service.timeZone) || browserZone;
  const needs = requirementsByPriority(booking);
  const result = el('p', { class: 'message', 'aria-live': 'polite' });
  const card = el('article', { class: 'booking', 'data-booking': booking.id, 'aria-label': `${time(booking.scheduledDateTime, serviceZone)} ${booking.customerName || ''}` },
    el('h3', {}, `${time(booking.scheduledDateTime, serviceZone)}–${time(booking.endDateTime || booking.scheduledDateTime, serviceZone)} · ${service ? service.name : booking.serviceId} `,
      el('span', { class: `status ${booking.status}`, text: t(`status.${booking.status}`) })),
    el('p', { text: [booking.customerName, booking.customerEmail, booking.customerPhone].filter(Boolean).join(' · ') }),
    booking.specialInstructions ? el('p', { class: 'hint', text: booking.specialInstructions }) : null,
    el('h4', { text: t('staff.requirements') }),
    needs.length
      ? el('ul', {}, needs.map((need) => el('li', {},
        el('span', { class: `priority-${need.priority}`, text: `${has(`priority.${need.priority}`) ? t(`priority.${need.priority}`) : need.priority}: ` }),
        `${has(`req.${need.type}`) ? t(`req.${need.type}`) : need.type} — ${need.details || ''} (${need.attendee})`)))
      : el('p', { class: 'hint', text: t('staff.noRequirements') }),
  );
  const actions = el('div', {});
  const transition = (status, label) => el('button', { type: 'button', class: 'small', 'data-action': status, text: t(label), onclick: async (event) => {
    event.target.disabled = true;
    try {
      await call('POST', `/api/v2/bookings/${encodeURIComponent(booking.id)}/transitions`, { status, reason: null });
      showInfo(result, t('staff.done', { status: t(`status.${status}`) }), 'ok');
      await loadDay();
      const again = document.querySelector(`[data-booking="${booking.id}"] button`);
      const note = document.querySelector(`[data-booking="${booking.id}"] .message`);
      if (note) showInfo(note, t('staff.done', { status: t(`status.${status}`) }), 'ok');
      (again || $('day')).focus();
    } catch (failure) {
      showError(result, failure);
      event.target.disabled = false;
    }
  } });
  if (booking.status === 'PENDING' || booking.status === 'AWAITING_PAYMENT') actions.append(transition('CONFIRMED', 'staff.confirm'));
  if (booking.status === 'CONFIRMED') actions.append(transition('COMPLETED', 'staff.complete'), transition('NO_SHOW', 'staff.noShow'));
  if (isAdmin() && ['CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'].includes(booking.status)) actions.append(refundForm(booking, currency, result));
  card.append(actions, result);
  return card;
}

function refundForm(booking, currency, result) {
  const id = `refund-${booking.id}`;
  const amount = el('input', { id, inputmode: 'decimal', required: true });
  const form = el('form', { class: 'row two', novalidate: true },
    el('div', {}, el('label', { for: id, text: `${t('field.refundAmount')} (${currency})` }), amount),
    el('div', {}, el('button', { type: 'submit', class: 'small secondary', text: t('staff.refund') })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const cents = toCents(amount.value, currency);
    if (!Number.isFinite(cents) || cents <= 0) {
      showInfo(result, t('required', { field: t('field.refundAmount') }), 'error');
      amount.focus();
      return;
    }
    try {
      const { data: payment } = await call('GET', `/api/v2/payments/intent?${new URLSearchParams({ bookingId: booking.id })}`);
      await call('POST', `/api/v2/payments/${encodeURIComponent(payment.paymentId)}/refunds`, { amountCents: cents, reason: 'requested_by_customer' });
      showInfo(result, t('staff.refunded', { amount: money(cents, currency) }), 'ok');
    } catch (failure) {
      showError(result, failure);
    }
  });
  return form;
}

// analytics

async function loadAnalytics(event) {
  event?.preventDefault();
  const box = $('analytics-status');
  showInfo(box, t('loading'));
  const query = new URLSearchParams({
    from: dayRange($('from').value, state.zone).from,
    to: dayRange($('to').value, state.zone).to,
  });
  if ($('provider').value.trim()) query.set('providerId', $('provider').value.trim());
  try {
    if (!state.services.size) state.services = await catalog();
    const { data } = await call('GET', `/api/v2/bookings/analytics?${query}`);
    showError(box, null);
    renderCharts(data || {});
  } catch (failure) {
    showError(box, failure);
  }
}

function renderCharts(data) {
  const byStatus = Object.entries(data.totalsByStatus || {}).map(([status, count]) => ({ label: t(`status.${status}`), value: Number(count) }))
    .sort((a, b) => b.value - a.value);
  const revenue = Object.entries(data.revenueCentsByCurrency || {}).map(([currency, cents]) => ({
    label: currency, value: Number(cents), display: money(cents, currency),
  }));
  const hours = new Map((data.busyHours || []).map((h) => [Number(h.hour), Number(h.bookings)]));
  const busy = [...Array(24).keys()].filter((h) => hours.has(h)).map((h) => ({ label: `${String(h).padStart(2, '0')}:00`, value: hours.get(h) }));
  const popular = (data.popularServices || []).map((s) => ({
    label: (state.services.get(s.serviceId) || {}).name || s.serviceId, value: Number(s.bookings),
  }));
  $('charts').replaceChildren(
    barChart(t('chart.byStatus'), byStatus, t('def.byStatus')),
    barChart(t('chart.revenue'), revenue, t('def.revenue')),
    revenueTable(t('chart.revenueNet'), t('def.revenueNet'), t('revenue.currency'),
      Object.entries(data.revenueByCurrency || {}).map(([currency, r]) => ({ ...r, currency, label: currency }))),
    revenueTable(t('chart.revenueByDay'), t('def.revenueByDay'), t('revenue.day'),
      (data.revenueByDay || []).map((r) => ({ ...r, label: r.day }))),
    barChart(t('chart.busyHours'), busy, t('def.busyHours')),
    barChart(t('chart.popular'), popular, t('def.popular')),
  );
}

/** rows: [{label, currency, netCents, taxCents, totalCents, refundedCents}] as a captioned table. */
function revenueTable(title, definition, first, rows) {
  const id = `revenue-${first.replace(/\W/g, '')}`;
  const figure = el('figure', { class: 'chart card', 'aria-describedby': `${id}-definition` },
    el('figcaption', { id: `${id}-title` }, el('h3', { text: title })),
    el('p', { class: 'hint', id: `${id}-definition`, text: definition }));
  if (!rows.length) {
    figure.append(el('p', { class: 'hint', text: t('chart.empty') }));
    return figure;
  }
  const amount = (cents, currency) => el('td', { class: 'amount', text: money(cents, currency) });
  figure.append(el('table', { 'aria-labelledby': `${id}-title` },
    el('thead', {}, el('tr', {}, [first, t('revenue.net'), t('revenue.tax'), t('revenue.total'), t('revenue.refunded')]
      .map((heading) => el('th', { scope: 'col', text: heading })))),
    el('tbody', {}, rows.map((r) => el('tr', {},
      el('th', { scope: 'row', text: r.label === r.currency ? r.label : `${r.label} (${r.currency})` }),
      amount(r.netCents, r.currency), amount(r.taxCents, r.currency), amount(r.totalCents, r.currency),
      amount(r.refundedCents, r.currency))))));
  return figure;
}

// wiring

$('provider-form').addEventListener('submit', loadProvider);
$('day-form').addEventListener('submit', loadDay);
$('day').addEventListener('change', () => { state.dayChosen = true; });
$('analytics-form').addEventListener('submit', loadAnalytics);

const todayHere = new Date().toLocaleDateString('en-CA');
$('day').value = todayHere;
$('from').value = `${todayHere.slice(0, 8)}01`;
$('to').value = todayHere;
languagePicker($('lang'), () => {
  whoIsHere();
  showZone();
  editor.relabel();
  if (state.bookings.length) renderDay();
});
whoIsHere().then(async (staff) => {
  if (!staff) return;
  if (providerId()) await loadProvider();
  else await loadDay();
});
