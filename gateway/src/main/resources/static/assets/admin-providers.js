// Administration on the providers' page, for admins: providers' accounts at the identity provider, through the
// gateway's /api/v2/accounts. List them, invite one by email (the mail carries the link that sets the password),
// deactivate (no more sign-in) and reactivate. The page holds no token: the gateway's session does.
import { request, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { dateTime, el } from './format.js';
import { hasRole, signedIn } from './account.js';

const $ = (id) => document.getElementById(id);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$/;

function invalid(input, box, words) {
  input.setAttribute('aria-invalid', 'true');
  showInfo(box, words, 'error');
  input.focus();
}

/** Words for a refusal of the accounts API: the conflict's field, or the envelope's code. */
function refusal(box, failure) {
  if (failure?.code === 'ACCOUNT_EXISTS') {
    showInfo(box, t(failure.field === 'providerId' ? 'providers.providerTaken' : 'providers.emailTaken'), 'error');
  } else if (failure?.code === 'INVALID_STATE_TRANSITION') {
    showInfo(box, t('providers.notYourself'), 'error');
  } else {
    showError(box, failure);
  }
}

function statusWords(account) {
  return t(`providers.status${account.status}`);
}

function actionButton(account) {
  const deactivate = account.status !== 'DEACTIVATED';
  const key = deactivate ? 'providers.deactivate' : 'providers.reactivate';
  return el('button', {
    type: 'button',
    class: deactivate ? 'small secondary' : 'small',
    'data-account': String(account.id),
    text: t(key),
    'aria-label': t(`${key}Of`, { email: account.email }),
    onclick: (event) => change(account, deactivate, event.target),
  });
}

function accountsTable(accounts) {
  const headings = ['providers.providerId', 'providers.name', 'providers.email', 'providers.status', 'providers.since', 'providers.action'];
  return el('table', { class: 'jobs', id: 'accounts-table', 'aria-labelledby': 'h-accounts' },
    el('thead', {}, el('tr', {}, headings.map((key) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, accounts.map((account) => el('tr', { 'data-email': account.email },
      el('td', { text: account.providerId != null ? String(account.providerId) : '' }),
      el('td', { text: account.name || '' }),
      el('td', { text: account.email }),
      el('td', { text: statusWords(account) }),
      el('td', { text: account.createdAt ? dateTime(account.createdAt, zone) : '' }),
      el('td', {}, actionButton(account))))));
}

async function showAccounts() {
  const box = $('accounts-status');
  try {
    const { data } = await request('GET', '/api/v2/accounts?role=PROVIDER');
    const accounts = data || [];
    $('accounts').replaceChildren(accounts.length ? accountsTable(accounts)
      : el('p', { class: 'hint', text: t('providers.none') }));
    return accounts;
  } catch (failure) {
    refusal(box, failure);
    $('accounts').replaceChildren();
    return [];
  }
}

async function change(account, deactivate, button) {
  const box = $('accounts-status');
  button.disabled = true;
  try {
    await request('POST', `/api/v2/accounts/${encodeURIComponent(account.id)}/${deactivate ? 'deactivation' : 'reactivation'}`);
    await showAccounts();
    showInfo(box, t(deactivate ? 'providers.deactivated' : 'providers.reactivated', { email: account.email }), 'ok');
    document.querySelector(`#accounts-table button[data-account="${account.id}"]`)?.focus();
  } catch (failure) {
    refusal(box, failure);
    button.disabled = false;
  }
}

async function invite(event) {
  event.preventDefault();
  const box = $('accounts-status');
  const email = $('invite-email');
  const name = $('invite-name');
  const provider = $('invite-provider');
  [email, name, provider].forEach((input) => input.removeAttribute('aria-invalid'));
  if (!EMAIL.test(email.value.trim())) {
    invalid(email, box, t('providers.emailWrong'));
    return;
  }
  if (name.value.trim().length < 2) {
    invalid(name, box, t('required', { field: t('providers.name') }));
    return;
  }
  if (!/^\d+$/.test(provider.value.trim()) || Number(provider.value.trim()) <= 0) {
    invalid(provider, box, t('providers.providerIdWrong'));
    return;
  }
  const body = {
    email: email.value.trim(),
    name: name.value.trim(),
    providerId: Number(provider.value.trim()),
    language: $('invite-language').value,
  };
  $('invite-send').disabled = true;
  try {
    const { data } = await request('POST', '/api/v2/accounts/invitations', { body });
    await showAccounts();
    showInfo(box, t(data.mailed === false ? 'providers.invitedNoMail' : 'providers.invited', { email: data.email }), 'ok');
    $('invite-form').reset();
    email.focus();
  } catch (failure) {
    refusal(box, failure);
    const field = { email, name, providerId: provider }[failure?.field];
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  } finally {
    $('invite-send').disabled = false;
  }
}

$('invite-form').addEventListener('submit', invite);
signedIn().then((person) => {
  if (!hasRole(person, 'ADMIN')) return;
  showAccounts();
  // the table is built here: built again in the language just chosen
  $('lang').addEventListener('change', showAccounts);
});
