// A month of days with free times, asked for in one request per month (GET /api/v2/availability/days). A grid of
// buttons, weeks from Monday; the arrow keys move a day or a week, Home and End to the week's ends, Page Up and Page
// Down a month; Enter or Space chooses the day. Days without free times stay reachable and say so.
import { request, showError, showInfo } from './api.js';
import { language, t } from './i18n.js';
import { el } from './format.js';

function locale() {
  return language() === 'es' ? 'es' : 'en';
}

function parts(isoDay) {
  return isoDay.split('-').map(Number);
}

function iso(y, m, d) {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

function addDays(isoDay, days) {
  const [y, m, d] = parts(isoDay);
  return iso(y, m, d + days);
}

function monthOf(isoDay) {
  return isoDay.slice(0, 7);
}

function addMonths(month, months) {
  const [y, m] = parts(month);
  return iso(y, m + months, 1).slice(0, 7);
}

/** Monday 0 … Sunday 6 */
function weekday(isoDay) {
  const [y, m, d] = parts(isoDay);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function spoken(isoDay, options) {
  const [y, m, d] = parts(isoDay);
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

export function monthCalendar({ root, onPick }) {
  const title = el('h3', { id: 'month-title', class: 'calendar-title', 'aria-live': 'polite' });
  const prev = el('button', { type: 'button', id: 'month-prev', class: 'secondary small', text: '‹' });
  const next = el('button', { type: 'button', id: 'month-next', class: 'secondary small', text: '›' });
  const grid = el('table', { id: 'month-grid', class: 'calendar-grid', role: 'grid', 'aria-labelledby': 'month-title' });
  const status = el('p', { id: 'calendar-status', class: 'hint', role: 'status' });
  root.replaceChildren(el('div', { class: 'calendar-head' }, prev, title, next), grid, status);

  let month = null;
  let query = null;
  let free = new Map();
  let chosen = null;
  let focused = null;
  let today = null;
  let asked = 0;

  function label(day) {
    const words = spoken(day, { weekday: 'long', day: 'numeric', month: 'long' });
    const count = free.get(day)?.count || 0;
    const said = count === 0 ? t('calendar.full', { day: words })
      : t(count === 1 ? 'calendar.one' : 'calendar.free', { day: words, count });
    return day === today ? `${said} (${t('calendar.today')})` : said;
  }

  function render() {
    if (!month) return;
    const [y, m] = parts(month);
    title.textContent = spoken(`${month}-01`, { month: 'long', year: 'numeric' });
    prev.setAttribute('aria-label', t('calendar.prev'));
    next.setAttribute('aria-label', t('calendar.next'));
    prev.disabled = Boolean(today) && month <= monthOf(today);
    const head = el('tr', {}, [0, 1, 2, 3, 4, 5, 6].map((n) => {
      const day = iso(2024, 1, 1 + n); // 2024-01-01 was a Monday
      return el('th', { scope: 'col', abbr: spoken(day, { weekday: 'long' }), text: spoken(day, { weekday: 'short' }) });
    }));
    const first = `${month}-01`;
    const last = iso(y, m + 1, 0);
    if (!focused || monthOf(focused) !== month) {
      focused = (chosen && monthOf(chosen) === month && chosen)
        || [...free.keys()].sort()[0] || (today && monthOf(today) === month ? today : first);
    }
    const rows = [];
    let row = el('tr', {});
    for (let n = 0; n < weekday(first); n += 1) row.append(el('td', { role: 'gridcell' }));
    for (let day = first; day <= last; day = addDays(day, 1)) {
      const open = free.has(day);
      const past = Boolean(today) && day < today;
      const button = el('button', {
        type: 'button',
        class: `day${open ? ' free' : ''}${day === today ? ' today' : ''}`,
        'data-day': day,
        'aria-label': label(day),
        'aria-pressed': day === chosen ? 'true' : 'false',
        'aria-disabled': open ? 'false' : 'true',
        tabindex: day === focused ? '0' : '-1',
        disabled: past && !open,
        onclick: () => choose(day),
        onkeydown: (event) => move(event, day),
      }, el('span', { text: String(parts(day)[2]) }), open ? el('span', { class: 'dot', 'aria-hidden': 'true' }) : null);
      row.append(el('td', { role: 'gridcell' }, button));
      if (weekday(day) === 6) {
        rows.push(row);
        row = el('tr', {});
      }
    }
    if (row.children.length) rows.push(row);
    grid.replaceChildren(el('thead', {}, head), el('tbody', {}, rows));
  }

  function choose(day) {
    focused = day;
    if (!free.has(day)) {
      showInfo(status, label(day));
      render();
      grid.querySelector(`[data-day="${day}"]`)?.focus();
      return;
    }
    chosen = day;
    render();
    onPick(day);
  }

  function move(event, day) {
    const steps = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let target = null;
    if (event.key in steps) target = addDays(day, steps[event.key]);
    else if (event.key === 'Home') target = addDays(day, -weekday(day));
    else if (event.key === 'End') target = addDays(day, 6 - weekday(day));
    else if (event.key === 'PageUp') target = `${addMonths(monthOf(day), -1)}-01`;
    else if (event.key === 'PageDown') target = `${addMonths(monthOf(day), 1)}-01`;
    if (!target) return;
    event.preventDefault();
    if (today && target < today) target = today;
    focused = target;
    if (monthOf(target) !== month) {
      load(monthOf(target)).then(() => grid.querySelector(`[data-day="${focused}"]`)?.focus());
      return;
    }
    render();
    grid.querySelector(`[data-day="${target}"]`)?.focus();
  }

  async function load(nextMonth) {
    if (!query) return;
    month = nextMonth;
    const ticket = asked += 1;
    free = new Map();
    render();
    showInfo(status, t('calendar.loading'));
    const params = new URLSearchParams({ serviceId: query.service.id, month, tz: query.zone });
    if (query.providerId) params.set('providerId', String(query.providerId));
    if (query.length) params.set('durationMinutes', String(query.length));
    try {
      const { data } = await request('GET', `/api/v2/availability/days?${params}`);
      if (ticket !== asked) return;
      free = new Map((data.days || []).map((day) => [day.date, day]));
      query.providers = data.providers || [];
      render();
      showInfo(status, free.size ? t('calendar.some', { count: free.size }) : t('calendar.none'));
      query.onProviders?.(query.providers);
    } catch (failure) {
      if (ticket !== asked) return;
      showError(status, failure);
    }
  }

  prev.addEventListener('click', () => load(addMonths(month, -1)));
  next.addEventListener('click', () => load(addMonths(month, 1)));

  return {
    /**
     * The month of {@code day} for the service, on the calendar of {@code zone}; {@code providerId} null for any,
     * {@code length} the minutes asked for (null: the service's own). onProviders hears who offers the service.
     */
    show({ service, zone, providerId = null, length = null, day, todayThere, onProviders }) {
      query = { service, zone, providerId, length, onProviders };
      today = todayThere;
      chosen = day || null;
      focused = chosen;
      return load(monthOf(day || todayThere));
    },
    /** Marks a day as chosen (from the day field, or after a reload) and shows its month. */
    select(day) {
      chosen = day;
      focused = day;
      if (query && monthOf(day) !== month) return load(monthOf(day));
      render();
      return Promise.resolve();
    },
    /** The days of the month with free times, as last answered. */
    freeDays() {
      return [...free.keys()].sort();
    },
    reload() {
      return month ? load(month) : Promise.resolve();
    },
    render,
  };
}
