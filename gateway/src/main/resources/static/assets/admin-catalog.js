// The catalog on the providers' page, for admins, through pricing's public API: promo codes listed, changed,
// deactivated and reactivated; services listed with price, length and deposit, changed, deactivated and
// reactivated. Money is shown from minor units with its currency. The page holds no token: the gateway's session does.
import { request, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { el, money, toCents } from './format.js';
import { hasRole, signedIn } from './account.js';

const $ = (id) => document.getElementById(id);

function call(method, path, body) {
  return request(method, path, { body });
}

function markInvalid(id, box, words) {
  const input = $(id);
  input.setAttribute('aria-invalid', 'true');
  if (words) showInfo(box, words, 'error');
  input.focus();
}

function field(label, input, hint) {
  return el('div', {}, el('label', { for: input.id, text: label }), input, hint ? el('p', { class: 'hint', id: `${input.id}-hint`, text: hint }) : null);
}

function stateText(active) {
  return active ? t('catalog.active') : t('catalog.inactive');
}

// promo codes

let promos = [];

function discountOf(promo) {
  return promo.percentOff != null ? `${promo.percentOff} %` : money(promo.amountOffCents, promo.currency);
}

/** The terms of a code as its PUT takes them, with changes laid over. */
function termsOf(promo, changes = {}) {
  return {
    code: promo.code, percentOff: promo.percentOff, amountOffCents: promo.amountOffCents, currency: promo.currency,
    validFrom: promo.validFrom, validUntil: promo.validUntil, minimumSubtotalCents: promo.minimumSubtotalCents,
    serviceIds: promo.serviceIds || [], totalLimit: promo.totalLimit, perCustomerLimit: promo.perCustomerLimit, ...changes,
  };
}

async function listPromos(event) {
  event?.preventDefault();
  const box = $('catalog-promo-status');
  const query = new URLSearchParams({ size: '100' });
  if ($('catalog-promo-state').value) query.set('active', $('catalog-promo-state').value);
  showInfo(box, t('loading'));
  try {
    const { data } = await call('GET', `/api/v2/promo-codes?${query}`);
    promos = data.promoCodes || [];
    showInfo(box, t('catalog.promoCount', { count: promos.length }));
    $('catalog-promos').replaceChildren(promos.length ? promoTable() : el('p', { class: 'hint', text: t('catalog.none') }));
  } catch (failure) {
    showError(box, failure);
    $('catalog-promos').replaceChildren();
  }
}

function promoTable() {
  const headings = ['admin.promoCode', 'admin.promoKind', 'catalog.window', 'catalog.appliesTo', 'catalog.limits', 'admin.promoRedeemed', 'catalog.state', 'catalog.actions'];
  return el('table', { class: 'jobs', 'aria-labelledby': 'h-catalog-promos' },
    el('thead', {}, el('tr', {}, headings.map((key) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, promos.map((promo) => el('tr', { 'data-promo': promo.code },
      el('th', { scope: 'row', text: promo.code }),
      el('td', { text: discountOf(promo) }),
      el('td', { text: `${promo.validFrom.slice(0, 10)} – ${promo.validUntil.slice(0, 10)} UTC` }),
      el('td', { text: (promo.serviceIds || []).join(', ') || t('admin.everyService') }),
      el('td', { text: t('catalog.limitsOf', { total: promo.totalLimit ?? '∞', per: promo.perCustomerLimit ?? '∞' }) }),
      el('td', { text: String(promo.redeemed ?? 0) }),
      el('td', { text: stateText(promo.active) }),
      el('td', {},
        el('button', { type: 'button', class: 'small secondary', text: t('catalog.edit'), 'aria-label': t('catalog.editOf', { name: promo.code }), onclick: () => editPromo(promo) }),
        ' ',
        el('button', { type: 'button', class: 'small', 'data-toggle': promo.code, text: promo.active ? t('catalog.deactivate') : t('catalog.reactivate'),
          'aria-label': t(promo.active ? 'catalog.deactivateOf' : 'catalog.reactivateOf', { name: promo.code }), onclick: (e) => togglePromo(promo, e.target) }))))));
}

async function togglePromo(promo, button) {
  const box = $('catalog-promo-status');
  button.disabled = true;
  try {
    await call('PUT', `/api/v2/promo-codes/${encodeURIComponent(promo.code)}`, termsOf(promo, { active: !promo.active }));
    await listPromos();
    showInfo(box, t(promo.active ? 'catalog.promoDeactivated' : 'catalog.promoReactivated', { code: promo.code }), 'ok');
    $('catalog-promo-state').focus();
  } catch (failure) {
    showError(box, failure);
    button.disabled = false;
  }
}

function editPromo(promo) {
  const percent = promo.percentOff != null;
  const value = el('input', { id: 'catalog-promo-value', inputmode: 'decimal',
    value: percent ? String(promo.percentOff) : String(Number(promo.amountOffCents) / 10 ** digits(promo.currency)) });
  const from = el('input', { id: 'catalog-promo-from', type: 'date', value: promo.validFrom.slice(0, 10) });
  const until = el('input', { id: 'catalog-promo-until', type: 'date', value: promo.validUntil.slice(0, 10) });
  const services = el('input', { id: 'catalog-promo-services', autocomplete: 'off', spellcheck: 'false', value: (promo.serviceIds || []).join(', ') });
  const total = el('input', { id: 'catalog-promo-total', inputmode: 'numeric', value: promo.totalLimit ?? '' });
  const per = el('input', { id: 'catalog-promo-per', inputmode: 'numeric', value: promo.perCustomerLimit ?? '' });
  const form = el('form', { novalidate: true, 'aria-labelledby': 'h-catalog-promo-edit' },
    el('h3', { id: 'h-catalog-promo-edit', text: t('catalog.editOf', { name: promo.code }) }),
    el('div', { class: 'row two' },
      field(percent ? t('admin.promoPercent') : `${t('admin.promoAmount')} (${promo.currency})`, value),
      field(t('admin.promoFrom'), from), field(t('admin.promoUntil'), until),
      field(t('admin.promoServices'), services), field(t('admin.promoTotal'), total), field(t('admin.promoPerCustomer'), per)),
    el('button', { type: 'submit', text: t('catalog.save') }), ' ',
    el('button', { type: 'button', class: 'secondary', text: t('catalog.cancel'), onclick: () => $('catalog-promo-editor').replaceChildren() }));
  form.addEventListener('submit', (event) => savePromo(event, promo, percent));
  $('catalog-promo-editor').replaceChildren(form);
  value.focus();
}

function digits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

function wholeOrNull(id, box, label) {
  const text = $(id).value.trim();
  if (!text) return { ok: true, value: null };
  if (!/^\d+$/.test(text)) {
    markInvalid(id, box, t('admin.wholeNumber', { field: label }));
    return { ok: false };
  }
  return { ok: true, value: Number(text) };
}

async function savePromo(event, promo, percent) {
  event.preventDefault();
  const box = $('catalog-promo-status');
  document.querySelectorAll('#catalog-promo-editor [aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const value = Number($('catalog-promo-value').value.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0 || (percent && value > 100)) {
    return markInvalid('catalog-promo-value', box, t('required', { field: t('admin.promoValue') }));
  }
  for (const [id, key] of [['catalog-promo-from', 'admin.promoFrom'], ['catalog-promo-until', 'admin.promoUntil']]) {
    if (!$(id).value) return markInvalid(id, box, t('required', { field: t(key) }));
  }
  const total = wholeOrNull('catalog-promo-total', box, t('admin.promoTotal'));
  const per = total.ok && wholeOrNull('catalog-promo-per', box, t('admin.promoPerCustomer'));
  if (!total.ok || !per.ok) return undefined;
  const body = termsOf(promo, {
    percentOff: percent ? value : null,
    amountOffCents: percent ? null : toCents(String(value), promo.currency),
    validFrom: new Date(`${$('catalog-promo-from').value}T00:00:00Z`).toISOString(),
    validUntil: new Date(`${$('catalog-promo-until').value}T00:00:00Z`).toISOString(),
    serviceIds: $('catalog-promo-services').value.split(',').map((s) => s.trim()).filter(Boolean),
    totalLimit: total.value,
    perCustomerLimit: per.value,
  });
  try {
    await call('PUT', `/api/v2/promo-codes/${encodeURIComponent(promo.code)}`, body);
    $('catalog-promo-editor').replaceChildren();
    await listPromos();
    showInfo(box, t('catalog.promoSaved', { code: promo.code }), 'ok');
  } catch (failure) {
    showError(box, failure);
    const id = failure.field && { percentOff: 'catalog-promo-value', amountOffCents: 'catalog-promo-value', validFrom: 'catalog-promo-from',
      validUntil: 'catalog-promo-until', serviceIds: 'catalog-promo-services', totalLimit: 'catalog-promo-total', perCustomerLimit: 'catalog-promo-per' }[failure.field];
    if (id) markInvalid(id);
  }
  return undefined;
}

// services and prices

async function listServices(event) {
  event?.preventDefault();
  const box = $('catalog-service-status');
  showInfo(box, t('loading'));
  try {
    const { data } = await call('GET', '/api/v2/services?includeInactive=true');
    const services = data || [];
    showInfo(box, t('catalog.serviceCount', { count: services.length }));
    $('catalog-services').replaceChildren(serviceTable(services));
  } catch (failure) {
    showError(box, failure);
    $('catalog-services').replaceChildren();
  }
}

function depositOf(service) {
  if (!service.depositRequired) return t('catalog.depositNone');
  return service.depositPercent != null ? `${service.depositPercent} %` : money(service.depositCents, service.currency);
}

function serviceTable(services) {
  const headings = ['catalog.service', 'catalog.business', 'catalog.price', 'catalog.duration', 'catalog.deposit', 'catalog.state', 'catalog.actions'];
  return el('table', { class: 'jobs', 'aria-labelledby': 'h-catalog-services' },
    el('thead', {}, el('tr', {}, headings.map((key) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, services.map((service) => el('tr', { 'data-service': service.id },
      el('th', { scope: 'row', text: service.name }),
      el('td', { text: service.businessId }),
      el('td', { text: money(service.basePriceCents, service.currency) + (service.priceModel === 'HOURLY' ? ` ${t('catalog.perHour')}` : service.priceModel === 'PER_ATTENDEE' ? ` ${t('catalog.perAttendee')}` : '') }),
      el('td', { text: t('catalog.minutes', { minutes: service.durationMinutes }) }),
      el('td', { text: depositOf(service) }),
      el('td', { text: stateText(service.active) }),
      el('td', {},
        el('button', { type: 'button', class: 'small secondary', text: t('catalog.edit'), 'aria-label': t('catalog.editOf', { name: service.name }), onclick: () => editService(service) }),
        ' ',
        el('button', { type: 'button', class: 'small', 'data-toggle': service.id, text: service.active ? t('catalog.deactivate') : t('catalog.reactivate'),
          'aria-label': t(service.active ? 'catalog.deactivateOf' : 'catalog.reactivateOf', { name: service.name }), onclick: (e) => toggleService(service, e.target) }))))));
}

async function changeService(service, body, words) {
  const box = $('catalog-service-status');
  await call('PATCH', `/api/v2/services/${encodeURIComponent(service.id)}`, body);
  await listServices();
  showInfo(box, words, 'ok');
}

async function toggleService(service, button) {
  button.disabled = true;
  try {
    await changeService(service, { active: !service.active },
      t(service.active ? 'catalog.serviceDeactivated' : 'catalog.serviceReactivated', { name: service.name }));
    $('catalog-services-reload').focus();
  } catch (failure) {
    showError($('catalog-service-status'), failure);
    button.disabled = false;
  }
}

function editService(service) {
  const major = (cents) => (cents == null ? '' : String(Number(cents) / 10 ** digits(service.currency)));
  const rule = !service.depositRequired ? 'NONE' : service.depositPercent != null ? 'PERCENT' : 'FIXED';
  const ruleSelect = el('select', { id: 'catalog-service-deposit-rule' },
    ['NONE', 'FIXED', 'PERCENT'].map((value) => el('option', { value, selected: value === rule, text: t(`catalog.deposit${value}`) })));
  const form = el('form', { novalidate: true, 'aria-labelledby': 'h-catalog-service-edit' },
    el('h3', { id: 'h-catalog-service-edit', text: t('catalog.editOf', { name: service.name }) }),
    el('div', { class: 'row two' },
      field(t('catalog.name'), el('input', { id: 'catalog-service-name', maxlength: '120', value: service.name })),
      field(t('catalog.description'), el('input', { id: 'catalog-service-description', maxlength: '2000', value: service.description || '' })),
      field(`${t('catalog.price')} (${service.currency})`, el('input', { id: 'catalog-service-price', inputmode: 'decimal', value: major(service.basePriceCents) })),
      field(t('catalog.durationMinutes'), el('input', { id: 'catalog-service-duration', inputmode: 'numeric', value: String(service.durationMinutes) })),
      field(t('catalog.depositRule'), ruleSelect),
      field(t('catalog.depositValue', { currency: service.currency }), el('input', { id: 'catalog-service-deposit', inputmode: 'decimal',
        value: rule === 'PERCENT' ? String(service.depositPercent) : rule === 'FIXED' ? major(service.depositCents) : '' }))),
    el('button', { type: 'submit', text: t('catalog.save') }), ' ',
    el('button', { type: 'button', class: 'secondary', text: t('catalog.cancel'), onclick: () => $('catalog-service-editor').replaceChildren() }));
  form.addEventListener('submit', (event) => saveService(event, service));
  $('catalog-service-editor').replaceChildren(form);
  $('catalog-service-name').focus();
}

async function saveService(event, service) {
  event.preventDefault();
  const box = $('catalog-service-status');
  document.querySelectorAll('#catalog-service-editor [aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const name = $('catalog-service-name').value.trim();
  if (!name) return markInvalid('catalog-service-name', box, t('required', { field: t('catalog.name') }));
  const price = toCents($('catalog-service-price').value.trim(), service.currency);
  if (!$('catalog-service-price').value.trim() || !Number.isFinite(price) || price < 0) {
    return markInvalid('catalog-service-price', box, t('required', { field: t('catalog.price') }));
  }
  const duration = $('catalog-service-duration').value.trim();
  if (!/^\d+$/.test(duration) || Number(duration) < 1) {
    return markInvalid('catalog-service-duration', box, t('admin.wholeNumber', { field: t('catalog.durationMinutes') }));
  }
  const rule = $('catalog-service-deposit-rule').value;
  const depositText = $('catalog-service-deposit').value.trim().replace(',', '.');
  const deposit = { rule };
  if (rule === 'FIXED') deposit.cents = toCents(depositText, service.currency);
  if (rule === 'PERCENT') deposit.percent = Number(depositText);
  if ((rule === 'FIXED' && !(deposit.cents > 0)) || (rule === 'PERCENT' && !(deposit.percent > 0 && deposit.percent <= 100))) {
    return markInvalid('catalog-service-deposit', box, t('required', { field: t('catalog.depositValue', { currency: service.currency }) }));
  }
  const body = { name, description: $('catalog-service-description').value.trim(), basePriceCents: price, durationMinutes: Number(duration), deposit };
  try {
    await changeService(service, body, t('catalog.serviceSaved', { name }));
    $('catalog-service-editor').replaceChildren();
  } catch (failure) {
    showError(box, failure);
    const id = failure.field && { name: 'catalog-service-name', description: 'catalog-service-description', basePriceCents: 'catalog-service-price',
      durationMinutes: 'catalog-service-duration', deposit: 'catalog-service-deposit', 'deposit.cents': 'catalog-service-deposit', 'deposit.percent': 'catalog-service-deposit' }[failure.field];
    if (id) markInvalid(id);
  }
  return undefined;
}

$('catalog-promo-form').addEventListener('submit', listPromos);
$('catalog-services-form').addEventListener('submit', listServices);
signedIn().then((account) => {
  if (!hasRole(account, 'ADMIN')) return;
  listPromos();
  listServices();
});
