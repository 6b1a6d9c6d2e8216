// The providers' page's schedule: weekly hours and breaks, date overrides, services offered and time off, read and
// saved through availability's public API (GET/PUT /api/v2/providers/{id}/schedule, POST/DELETE .../time-off).
import { ApiError, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { dateTime, el } from './format.js';
import { WEEKDAYS, formatHours, knownZone, localToInstant, parseHours, scheduleDocument } from './schedule.js';

const $ = (id) => document.getElementById(id);

export function scheduleEditor({ call, providerId, services, onZone }) {
  const state = { stored: null, timeOff: [], overrides: 0 };

  function dayName(day) {
    return t(`weekday.${day}`);
  }

  function hoursInput(id, label, value) {
    return el('td', {}, el('input', {
      id, value: value || '', autocomplete: 'off', spellcheck: 'false', 'aria-label': label, 'aria-describedby': 'hours-hint',
    }));
  }

  function renderWeek(document) {
    $('week-rows').replaceChildren(...WEEKDAYS.map((day) => el('tr', { 'data-weekday': day },
      el('th', { scope: 'row', text: dayName(day) }),
      hoursInput(`hours-${day}`, t('schedule.hoursOf', { day: dayName(day) }), formatHours((document.weeklyHours || {})[day])),
      hoursInput(`breaks-${day}`, t('schedule.breaksOf', { day: dayName(day) }), formatHours((document.breaks || {})[day])))));
  }

  function overrideRow(override = { date: '', hours: [] }) {
    state.overrides += 1;
    const id = `override-${state.overrides}`;
    const row = el('div', { class: 'row three override', 'data-override': id },
      el('div', {}, el('label', { for: `${id}-date`, text: t('schedule.overrideDate') }),
        el('input', { id: `${id}-date`, type: 'date', value: override.date || '', 'data-field': 'date' })),
      el('div', {}, el('label', { for: `${id}-hours`, text: t('schedule.overrideHours') }),
        el('input', { id: `${id}-hours`, value: formatHours(override.hours), 'data-field': 'hours', autocomplete: 'off', 'aria-describedby': 'hours-hint' })),
      el('div', {}, el('button', { type: 'button', class: 'secondary small', text: t('schedule.removeOverride'), onclick: () => {
        row.remove();
        $('override-add').focus();
      } })));
    return row;
  }

  function renderServices(offered) {
    const boxes = [...services().values()].sort((a, b) => `${a.businessId} ${a.name}`.localeCompare(`${b.businessId} ${b.name}`))
      .map((service) => el('div', { class: 'check' },
        el('input', { type: 'checkbox', id: `svc-${service.id}`, value: service.id, checked: offered.includes(service.id) }),
        el('label', { for: `svc-${service.id}`, text: `${service.name} (${service.businessId})` })));
    // a service the catalog no longer lists stays offered until the provider unticks it
    for (const id of offered.filter((s) => !services().has(s))) {
      boxes.push(el('div', { class: 'check' }, el('input', { type: 'checkbox', id: `svc-${id}`, value: id, checked: true }),
        el('label', { for: `svc-${id}`, text: id })));
    }
    $('service-boxes').replaceChildren(...boxes);
  }

  function render(document) {
    $('tz').value = document.timeZone || '';
    renderWeek(document);
    $('override-rows').replaceChildren(...(document.overrides || []).map((o) => overrideRow(o)));
    renderServices(document.serviceIds || []);
  }

  function markInvalid(input, invalid) {
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /** The edited schedule, or null after marking the first field that is not right and saying why. */
  function edited() {
    const box = $('schedule-status');
    let first = null;
    const check = (input, ok) => {
      markInvalid(input, !ok);
      if (!ok && !first) first = input;
      return ok;
    };
    const zone = $('tz').value.trim();
    check($('tz'), knownZone(zone));
    const weeklyHours = {};
    const breaks = {};
    for (const day of WEEKDAYS) {
      const hours = parseHours($(`hours-${day}`).value);
      const pauses = parseHours($(`breaks-${day}`).value);
      if (check($(`hours-${day}`), hours !== null) && hours.length) weeklyHours[day] = hours;
      if (check($(`breaks-${day}`), pauses !== null) && pauses.length) breaks[day] = pauses;
    }
    const overrides = [];
    for (const row of $('override-rows').querySelectorAll('[data-override]')) {
      const date = row.querySelector('[data-field="date"]');
      const hours = parseHours(row.querySelector('[data-field="hours"]').value);
      if (check(date, /^\d{4}-\d{2}-\d{2}$/.test(date.value)) && check(row.querySelector('[data-field="hours"]'), hours !== null)) {
        overrides.push({ date: date.value, hours });
      }
    }
    const serviceIds = [...$('service-boxes').querySelectorAll('input:checked')].map((box) => box.value);
    if (first) {
      showInfo(box, first.id === 'tz' ? t('schedule.badZone') : t('schedule.badHours'), 'error');
      first.focus();
      return null;
    }
    return { timeZone: zone, weeklyHours, breaks, overrides, serviceIds };
  }

  async function load() {
    const box = $('schedule-status');
    showInfo(box, t('loading'));
    state.timeOff = [];
    $('timeoff-list').replaceChildren();
    $('schedule-card').hidden = false;
    $('timeoff-card').hidden = false;
    try {
      const { data } = await call('GET', `/api/v2/providers/${encodeURIComponent(providerId())}/schedule`);
      state.stored = data;
      render(data);
      showInfo(box, t('schedule.loaded'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 404) {
        // no schedule yet: the page starts one on the browser's clock
        state.stored = null;
        render({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
        showInfo(box, t('schedule.none'));
      } else {
        showError(box, failure);
      }
    }
    onZone(state.stored && state.stored.timeZone);
    if (state.stored) await loadTimeOff();
  }

  async function loadTimeOff() {
    try {
      const { data } = await call('GET', `/api/v2/providers/${encodeURIComponent(providerId())}/time-off`);
      state.timeOff = (data && data.timeOff) || [];
      renderTimeOff();
    } catch (failure) {
      showError($('timeoff-status'), failure);
    }
  }

  async function save(event) {
    event.preventDefault();
    const box = $('schedule-status');
    const changes = edited();
    if (!changes) return;
    $('schedule-save').disabled = true;
    try {
      const { data } = await call('PUT', `/api/v2/providers/${encodeURIComponent(providerId())}/schedule`,
        scheduleDocument(state.stored, changes));
      state.stored = data;
      render(data);
      onZone(data.timeZone);
      showInfo(box, t('schedule.saved'), 'ok');
    } catch (failure) {
      showError(box, failure);
      const field = failure instanceof ApiError && failure.field;
      const input = field === 'timeZone' ? $('tz') : null;
      if (input) {
        markInvalid(input, true);
        input.focus();
      }
    } finally {
      $('schedule-save').disabled = false;
    }
  }

  // time off from now on, as the API lists it, each removable

  function zone() {
    return (state.stored && state.stored.timeZone) || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }

  function renderTimeOff() {
    if (!state.timeOff.length) {
      $('timeoff-list').replaceChildren(el('li', { class: 'hint', text: t('timeoff.none') }));
      return;
    }
    $('timeoff-list').replaceChildren(...state.timeOff.map((off) => el('li', { 'data-timeoff': off.id },
      `${dateTime(off.start, zone())} – ${dateTime(off.end, zone())}${off.reason ? ` · ${off.reason}` : ''} `,
      el('button', { type: 'button', class: 'secondary small', text: t('timeoff.remove'),
        'aria-label': t('timeoff.removeOf', { from: dateTime(off.start, zone()) }), onclick: () => removeTimeOff(off) }))));
  }

  async function addTimeOff(event) {
    event.preventDefault();
    const box = $('timeoff-status');
    const start = localToInstant($('off-start').value, zone());
    const end = localToInstant($('off-end').value, zone());
    markInvalid($('off-start'), !start);
    markInvalid($('off-end'), !end || (start && end <= start));
    if (!start || !end || end <= start) {
      showInfo(box, t('timeoff.bad'), 'error');
      (start ? $('off-end') : $('off-start')).focus();
      return;
    }
    $('timeoff-add').disabled = true;
    try {
      const reason = $('off-reason').value.trim() || null;
      const { data } = await call('POST', `/api/v2/providers/${encodeURIComponent(providerId())}/time-off`,
        { start: start.toISOString(), end: end.toISOString(), reason });
      await loadTimeOff();
      showInfo(box, t('timeoff.added', { from: dateTime(data.start, zone()), until: dateTime(data.end, zone()) }), 'ok');
    } catch (failure) {
      showError(box, failure);
    } finally {
      $('timeoff-add').disabled = false;
    }
  }

  async function removeTimeOff(off) {
    const box = $('timeoff-status');
    try {
      await call('DELETE', `/api/v2/providers/${encodeURIComponent(providerId())}/time-off/${encodeURIComponent(off.id)}`);
      await loadTimeOff();
      showInfo(box, t('timeoff.removed'), 'ok');
      $('off-start').focus();
    } catch (failure) {
      showError(box, failure);
    }
  }

  $('schedule-form').addEventListener('submit', save);
  $('override-add').addEventListener('click', () => {
    const row = overrideRow();
    $('override-rows').append(row);
    row.querySelector('input').focus();
  });
  $('timeoff-form').addEventListener('submit', addTimeOff);

  return {
    load,
    /** Words again in the chosen language, keeping what was typed. */
    relabel() {
      for (const day of WEEKDAYS) {
        const row = document.querySelector(`[data-weekday="${day}"]`);
        if (!row) return;
        row.querySelector('th').textContent = dayName(day);
        $(`hours-${day}`).setAttribute('aria-label', t('schedule.hoursOf', { day: dayName(day) }));
        $(`breaks-${day}`).setAttribute('aria-label', t('schedule.breaksOf', { day: dayName(day) }));
      }
      renderTimeOff();
    },
  };
}
