// The dead-letter desk on the providers' page, for admins: what a service's consumer gave up on, through
// integration-service's public API. Retry sends an event back to its topic once; dismiss puts a letter aside.
import { request, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { dateTime, el } from './format.js';
import { hasRole, signedIn } from './account.js';

const $ = (id) => document.getElementById(id);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

async function showLetters(event) {
  event?.preventDefault();
  const box = $('dead-letters-status-box');
  const query = new URLSearchParams();
  if ($('dead-letters-status').value) query.set('status', $('dead-letters-status').value);
  showInfo(box, t('loading'));
  try {
    const { data } = await request('GET', `/api/v2/integrations/dead-letters?${query}`);
    const letters = data || [];
    showInfo(box, t('deadLetters.count', { count: letters.length }));
    $('dead-letters').replaceChildren(letters.length ? lettersTable(letters) : el('p', { class: 'hint', text: t('deadLetters.none') }));
  } catch (failure) {
    showError(box, failure);
    $('dead-letters').replaceChildren();
  }
}

function what(letter) {
  return letter.eventType ? `${letter.eventType} ${letter.eventId}` : t('deadLetters.notAnEvent');
}

function lettersTable(letters) {
  const headings = ['deadLetters.topic', 'deadLetters.event', 'deadLetters.consumer', 'deadLetters.failure',
    'deadLetters.seen', 'deadLetters.status', 'deadLetters.actions'];
  return el('table', { class: 'jobs', 'aria-labelledby': 'h-dead-letters' },
    el('thead', {}, el('tr', {}, headings.map((key) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, letters.map((letter) => el('tr', { 'data-dead-letter': letter.id },
      el('td', { text: letter.topic }),
      el('td', { text: what(letter) }),
      el('td', { text: letter.consumer }),
      el('td', { text: `${letter.failureClass}: ${letter.failureMessage}` }),
      el('td', { text: t('deadLetters.seenTimes', { count: letter.timesSeen, last: dateTime(letter.lastSeenAt, zone) }) }),
      el('td', { text: letter.status }),
      el('td', {}, letter.status === 'NEW' ? actions(letter) : '')))));
}

function actions(letter) {
  const named = { event: letter.eventType || t('deadLetters.notAnEvent'), consumer: letter.consumer };
  return [
    letter.retryable ? el('button', { type: 'button', class: 'small', text: t('deadLetters.retry'),
      'aria-label': t('deadLetters.retryOf', named), onclick: (e) => settle(letter, 'retry', e.target) }) : null,
    el('button', { type: 'button', class: 'small secondary', text: t('deadLetters.dismiss'),
      'aria-label': t('deadLetters.dismissOf', named), onclick: (e) => settle(letter, 'dismissal', e.target) }),
  ];
}

async function settle(letter, action, button) {
  const box = $('dead-letters-status-box');
  button.disabled = true;
  try {
    await request('POST', `/api/v2/integrations/dead-letters/${encodeURIComponent(letter.id)}/${action}`);
    await showLetters();
    const words = action === 'retry' ? 'deadLetters.retriedDone' : 'deadLetters.dismissedDone';
    showInfo(box, t(words, { event: letter.eventType || t('deadLetters.notAnEvent'), topic: letter.topic }), 'ok');
    $('dead-letters-status').focus();
  } catch (failure) {
    showError(box, failure);
    button.disabled = false;
  }
}

$('dead-letters-form').addEventListener('submit', showLetters);
signedIn().then((person) => { if (hasRole(person, 'ADMIN')) showLetters(); });
