// Free times of one service on one day, kept live by the availability stream: a time another browser holds or
// books disappears, a released one comes back. Used by the booking page and by rescheduling.
import { request, showError, showInfo } from './api.js';
import { t } from './i18n.js';
import { dayRange, el, longDay, time } from './format.js';

export function slotPicker({ list, status, live, onPick }) {
  let service = null;
  let day = null;
  let slots = [];
  let chosen = null;
  let stream = null;
  let reloadTimer = null;
  let mine = null;
  // the latest load's number: an answer to an earlier one (another day, another length) comes too late to show
  let asked = 0;
  let length = null;
  let zone = null;
  let providerId = null;

  function overlaps(slot, change) {
    return slot.providerId === change.providerId
      && new Date(slot.start) < new Date(change.end) && new Date(change.start) < new Date(slot.end);
  }

  function render() {
    list.replaceChildren();
    const starts = new Map();
    for (const slot of slots) {
      if (!starts.has(slot.start)) starts.set(slot.start, slot);
    }
    if (starts.size === 0) {
      showInfo(status, t('slots.none'));
      return;
    }
    showInfo(status, `${t('slots.pick', { day: longDay(day, zone) })}. ${t('slots.live')}`);
    for (const [start, slot] of [...starts.entries()].sort(([a], [b]) => new Date(a) - new Date(b))) {
      const pressed = chosen && chosen.start === start;
      const seats = service.capacity > 1 ? el('span', { class: 'seats', text: t('slots.seats', { seats: slot.seatsLeft }) }) : null;
      list.append(el('li', {}, el('button', {
        type: 'button',
        'data-start': start,
        'aria-pressed': pressed ? 'true' : 'false',
        onclick: () => {
          chosen = slot;
          render();
          onPick(slot);
        },
      }, time(start, zone), seats)));
    }
  }

  async function load() {
    if (!service || !day) return;
    const ticket = asked += 1;
    showInfo(status, t('slots.loading'));
    const { from, to } = dayRange(day, zone);
    const query = new URLSearchParams({ serviceId: service.id, from, to, tz: zone });
    if (length) query.set('durationMinutes', String(length));
    if (providerId) query.set('providerId', String(providerId));
    try {
      const { data } = await request('GET', `/api/v2/availability?${query}`);
      if (ticket !== asked) return;
      slots = (data && data.slots) ? data.slots.filter((slot) => new Date(slot.start) > new Date()) : [];
      if (chosen && !slots.some((slot) => slot.start === chosen.start && slot.providerId === chosen.providerId)) {
        chosen = null;
        onPick(null);
      }
      render();
    } catch (failure) {
      if (ticket !== asked) return;
      slots = [];
      list.replaceChildren();
      showError(status, failure);
    }
  }

  function taken(change) {
    // the stream names no hold: our own is known by its provider and start
    const ours = mine && change.providerId === mine.providerId
      && new Date(change.start).getTime() === new Date(mine.start).getTime();
    const before = slots.length;
    if (service.capacity > 1) {
      slots = slots.map((slot) => (slot.providerId === change.providerId && slot.start === change.start
        ? { ...slot, seatsLeft: slot.seatsLeft - (change.seats || 1) } : slot)).filter((slot) => slot.seatsLeft > 0);
    } else {
      slots = slots.filter((slot) => !overlaps(slot, change));
    }
    if (slots.length === before && service.capacity <= 1) return;
    if (chosen && !slots.some((slot) => slot.start === chosen.start && slot.providerId === chosen.providerId)) {
      chosen = null;
      onPick(null);
    }
    if (!ours) live.textContent = t('slots.gone', { time: time(change.start, zone) });
    render();
  }

  function released(change) {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(async () => {
      await load();
      live.textContent = t('slots.back', { time: time(change.start, zone) });
    }, 300);
  }

  function follow() {
    stream?.close();
    stream = new EventSource(`/api/v2/availability/stream?${new URLSearchParams({ serviceId: service.id })}`);
    const read = (handler) => (event) => {
      try {
        handler(JSON.parse(event.data));
      } catch (unreadable) {
        load();
      }
    };
    stream.addEventListener('slot.held', read(taken));
    stream.addEventListener('slot.booked', read(taken));
    stream.addEventListener('slot.released', read(released));
    // after a reconnect the list may have missed changes; the first opening follows a fresh load
    let opened = false;
    stream.addEventListener('open', () => {
      if (opened) load();
      opened = true;
    });
  }

  return {
    /**
     * The free times of the day where a job of {@code minutes} fits whole (null: the service's own length); the day
     * and the times on the clock of {@code options.zone} (the business's by default), of {@code options.providerId}
     * only when one is named.
     */
    show(nextService, nextDay, minutes = null, options = {}) {
      const serviceChanged = !service || service.id !== nextService.id;
      service = nextService;
      day = nextDay;
      length = minutes;
      zone = options.zone || nextService.timeZone;
      providerId = options.providerId || null;
      chosen = null;
      mine = null;
      if (serviceChanged) follow();
      return load();
    },
    reload: load,
    /** This browser's own hold: its events are no news to announce. */
    own(hold) {
      mine = hold;
    },
    disown() {
      mine = null;
    },
    /** Marks a time as gone right away (this browser just lost it), before the stream says so. */
    drop(slot) {
      slots = slots.filter((s) => !(s.start === slot.start && s.providerId === slot.providerId));
      chosen = null;
      render();
    },
    close() {
      stream?.close();
      stream = null;
    },
  };
}
