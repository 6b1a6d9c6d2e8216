// A signed-in customer's bookings: the ones booked while signed in to this account (newest first), each opening
// its manage page through the session.
import { request, showError, showInfo } from './api.js';
import { languagePicker, t } from './i18n.js';
import { dateTime, el, titleCase } from './format.js';
import { catalog } from './bookings.js';
import { signedIn, signInHref } from './account.js';

const $ = (id) => document.getElementById(id);
const state = { bookings: [], services: new Map() };

function render() {
  const list = $('bookings');
  list.replaceChildren(...state.bookings.map((booking) => {
    const service = state.services.get(booking.serviceId);
    const fragment = new URLSearchParams({ booking: booking.id });
    return el('li', { class: 'card' },
      el('strong', { text: service ? service.name : titleCase(booking.serviceId) }),
      el('p', { text: dateTime(booking.scheduledDateTime, booking.timeZone || 'UTC') }),
      el('p', { text: t(`status.${booking.status}`) }),
      el('a', { href: `/manage.html#${fragment}`, text: t('mine.open') }));
  }));
  if (!state.bookings.length) showInfo($('mine-status'), t('mine.none'));
  else $('mine-status').textContent = '';
}

async function load() {
  const person = await signedIn();
  if (!person) {
    const box = $('mine-status');
    box.replaceChildren(el('span', { text: `${t('mine.signInFirst')} ` }), el('a', { href: signInHref(), text: t('account.signIn') }));
    return;
  }
  showInfo($('mine-status'), t('loading'));
  try {
    const [{ data }, services] = await Promise.all([
      request('GET', '/api/v2/bookings?page=0&size=100'),
      catalog().catch(() => new Map()),
    ]);
    state.services = services;
    const bookings = Array.isArray(data) ? data : ((data && (data.content || data.items || data.bookings)) || []);
    state.bookings = bookings.sort((a, b) => String(b.scheduledDateTime).localeCompare(String(a.scheduledDateTime)));
    render();
  } catch (failure) {
    $('mine-status').textContent = '';
    showError($('message'), failure);
  }
}

languagePicker($('lang'), () => { if (state.bookings.length) render(); else load(); });
load();
