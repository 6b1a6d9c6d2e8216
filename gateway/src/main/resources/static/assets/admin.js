// Administration on the providers' page, for admins, through the services' public API: promo codes (create, look
// up), a booking's refund, integration jobs and their dead letters (retry). The page holds no token: the gateway's
// session does.
import { request, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { dateTime, el, money, toCents } from './format.js';
import { hasRole, signedIn } from './account.js';

const $ = (id) => document.getElementById(id);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function call(method, path, body) {
  return request(method, path, { body });
}

function invalid(input, box, words) {
  input.setAttribute('aria-invalid', 'true');
  showInfo(box, words, 'error');
  input.focus();
}

function valid(...inputs) {
  inputs.forEach((input) => input.removeAttribute('aria-invalid'));
}

async function whoIsHere() {
  const admin = hasRole(await signedIn(), 'ADMIN');
  $('admin-tools').hidden = !admin;
  return admin;
}

// promo codes

function promoView(promo) {
  const discount = promo.percentOff != null ? `${promo.percentOff} %` : money(promo.amountOffCents, promo.currency);
  const rows = [
    [t('admin.promoCode'), promo.code],
    [t('admin.promoKind'), discount],
    [t('admin.promoFrom'), promo.validFrom ? dateTime(promo.validFrom, zone) : '—'],
    [t('admin.promoUntil'), promo.validUntil ? dateTime(promo.validUntil, zone) : '—'],
    [t('admin.promoServices'), (promo.serviceIds || []).join(', ') || t('admin.everyService')],
    [t('admin.promoTotal'), promo.totalLimit ?? '—'],
    [t('admin.promoPerCustomer'), promo.perCustomerLimit ?? '—'],
    [t('admin.promoRedeemed'), promo.redeemed ?? 0],
  ];
  return el('dl', { class: 'summary', id: 'promo-summary' }, rows.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })]));
}

async function findPromo(event) {
  event.preventDefault();
  const code = $('promo-lookup').value.trim();
  const box = $('promo-status');
  valid($('promo-lookup'));
  if (!code) {
    invalid($('promo-lookup'), box, t('required', { field: t('admin.promoCode') }));
    return;
  }
  try {
    const { data } = await call('GET', `/api/v2/promo-codes/${encodeURIComponent(code)}`);
    $('promo-found').replaceChildren(promoView(data));
    showError(box, null);
  } catch (failure) {
    $('promo-found').replaceChildren();
    showError(box, failure);
  }
}

function dayStart(isoDay) {
  return isoDay ? new Date(`${isoDay}T00:00:00Z`).toISOString() : null;
}

function count(input, box, field) {
  const text = input.value.trim();
  if (!text) return { ok: true, value: null };
  if (!/^\d+$/.test(text)) {
    invalid(input, box, t('admin.wholeNumber', { field }));
    return { ok: false };
  }
  return { ok: true, value: Number(text) };
}

async function createPromo(event) {
  event.preventDefault();
  const box = $('promo-status');
  const inputs = ['promo-code', 'promo-value', 'promo-currency', 'promo-total', 'promo-per'].map($);
  valid(...inputs);
  const code = $('promo-code').value.trim().toUpperCase();
  if (!code) return invalid($('promo-code'), box, t('required', { field: t('admin.promoCode') }));
  const currency = $('promo-currency').value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return invalid($('promo-currency'), box, t('required', { field: t('admin.promoCurrency') }));
  const percent = $('promo-kind').value === 'percent';
  const value = Number($('promo-value').value.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0 || (percent && value > 100)) {
    return invalid($('promo-value'), box, t('required', { field: t('admin.promoValue') }));
  }
  for (const id of ['promo-from', 'promo-until']) {
    if (!$(id).value) return invalid($(id), box, t('required', { field: t(id === 'promo-from' ? 'admin.promoFrom' : 'admin.promoUntil') }));
  }
  const total = count($('promo-total'), box, t('admin.promoTotal'));
  const per = total.ok && count($('promo-per'), box, t('admin.promoPerCustomer'));
  if (!total.ok || !per.ok) return undefined;
  const body = {
    code,
    percentOff: percent ? value : null,
    amountOffCents: percent ? null : toCents(String(value), currency),
    currency,
    validFrom: dayStart($('promo-from').value),
    validUntil: dayStart($('promo-until').value),
    minimumSubtotalCents: null,
    serviceIds: $('promo-services').value.split(',').map((s) => s.trim()).filter(Boolean),
    totalLimit: total.value,
    perCustomerLimit: per.value,
  };
  try {
    const { data } = await call('POST', '/api/v2/promo-codes', body);
    showInfo(box, t('admin.promoCreated', { code: data.code || code }), 'ok');
    $('promo-found').replaceChildren(promoView(data));
  } catch (failure) {
    showError(box, failure);
    const field = failure.field && { code: 'promo-code', percentOff: 'promo-value', amountOffCents: 'promo-value', currency: 'promo-currency',
      serviceIds: 'promo-services', totalLimit: 'promo-total', perCustomerLimit: 'promo-per', validFrom: 'promo-from', validUntil: 'promo-until' }[failure.field];
    if (field) {
      $(field).setAttribute('aria-invalid', 'true');
      $(field).focus();
    }
  }
  return undefined;
}

// refunds: the booking's payment, then a refund of part or all of what it captured

async function findPayment(event) {
  event.preventDefault();
  const box = $('refund-status');
  const bookingId = $('refund-booking').value.trim();
  valid($('refund-booking'));
  $('refund-found').replaceChildren();
  if (!/^[0-9a-f-]{36}$/i.test(bookingId)) return invalid($('refund-booking'), box, t('required', { field: t('admin.bookingId') }));
  try {
    const { data: payment } = await call('GET', `/api/v2/payments/intent?${new URLSearchParams({ bookingId })}`);
    showError(box, null);
    $('refund-found').replaceChildren(refundForm(payment));
  } catch (failure) {
    showError(box, failure);
  }
  return undefined;
}

function refundForm(payment) {
  const left = Math.max(0, Number(payment.capturedCents || 0) - Number(payment.refundedCents || 0));
  const amount = el('input', { id: 'refund-amount', inputmode: 'decimal', 'aria-describedby': 'refund-left' });
  const form = el('form', { class: 'row two', novalidate: true },
    el('p', { id: 'refund-left', class: 'hint', text: t('admin.refundable', {
      captured: money(payment.capturedCents, payment.currency), refunded: money(payment.refundedCents, payment.currency),
      left: money(left, payment.currency), status: payment.status,
    }) }),
    el('div', {}, el('label', { for: 'refund-amount', text: `${t('field.refundAmount')} (${payment.currency})` }), amount),
    el('div', {}, el('button', { type: 'submit', id: 'refund-send', text: t('staff.refund') })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = $('refund-status');
    const cents = toCents(amount.value, payment.currency);
    amount.removeAttribute('aria-invalid');
    if (!Number.isFinite(cents) || cents <= 0 || cents > left) {
      invalid(amount, box, t('admin.refundTooMuch', { left: money(left, payment.currency) }));
      return;
    }
    try {
      await call('POST', `/api/v2/payments/${encodeURIComponent(payment.paymentId)}/refunds`, { amountCents: cents, reason: 'requested_by_customer' });
      showInfo(box, t('staff.refunded', { amount: money(cents, payment.currency) }), 'ok');
      $('refund-found').replaceChildren();
      $('refund-booking').focus();
    } catch (failure) {
      showError(box, failure);
    }
  });
  return form;
}

// integration jobs: the dead ones are the dead letters, retried one by one

async function showJobs(event) {
  event?.preventDefault();
  const box = $('jobs-status-box');
  const query = new URLSearchParams();
  if ($('jobs-status').value) query.set('status', $('jobs-status').value);
  if ($('jobs-booking').value.trim()) query.set('bookingId', $('jobs-booking').value.trim());
  showInfo(box, t('loading'));
  try {
    const { data } = await call('GET', `/api/v2/integrations/jobs?${query}`);
    const jobs = data || [];
    showInfo(box, t('admin.jobsCount', { count: jobs.length }));
    $('jobs').replaceChildren(jobs.length ? jobsTable(jobs) : el('p', { class: 'hint', text: t('admin.jobsNone') }));
  } catch (failure) {
    showError(box, failure);
    $('jobs').replaceChildren();
  }
}

function jobsTable(jobs) {
  const headings = ['admin.jobPartner', 'admin.jobAction', 'admin.bookingId', 'admin.jobStatus', 'admin.jobAttempts', 'admin.jobError', 'admin.jobUpdated', 'admin.jobRetry'];
  return el('table', { class: 'jobs', 'aria-labelledby': 'h-jobs' },
    el('thead', {}, el('tr', {}, headings.map((key) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, jobs.map((job) => el('tr', { 'data-job': job.id },
      el('td', { text: job.partner }), el('td', { text: job.action }), el('td', { text: job.bookingId || '' }),
      el('td', { text: job.status }), el('td', { text: String(job.attempts) }), el('td', { text: job.lastError || '' }),
      el('td', { text: job.updatedAt ? dateTime(job.updatedAt, zone) : '' }),
      el('td', {}, job.status === 'DEAD' ? el('button', { type: 'button', class: 'small', text: t('admin.jobRetry'),
        'aria-label': t('admin.jobRetryOf', { action: job.action, partner: job.partner }), onclick: (e) => retry(job, e.target) }) : '')))));
}

async function retry(job, button) {
  const box = $('jobs-status-box');
  button.disabled = true;
  try {
    await call('POST', `/api/v2/integrations/jobs/${encodeURIComponent(job.id)}/retry`);
    await showJobs();
    showInfo(box, t('admin.jobRetried', { action: job.action }), 'ok');
    $('jobs-status').focus();
  } catch (failure) {
    showError(box, failure);
    button.disabled = false;
  }
}

const today = new Date().toISOString().slice(0, 10);
$('promo-from').value = today;
$('promo-until').value = new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10);
$('promo-find').addEventListener('submit', findPromo);
$('promo-form').addEventListener('submit', createPromo);
$('refund-form').addEventListener('submit', findPayment);
$('jobs-form').addEventListener('submit', showJobs);
whoIsHere().then((admin) => { if (admin) showJobs(); });
