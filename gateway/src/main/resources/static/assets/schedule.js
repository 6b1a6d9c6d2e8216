// A provider's schedule as the page edits it: hours typed as "09:00-17:00, 18:00-20:00" per weekday, date
// overrides, the services offered; and local times on the provider's clock turned into instants for time off.

import { offsetAt } from './format.js';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const RANGE = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;

function clock(hours, minutes) {
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

function minutesOf(text) {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}

/** "09:00-12:00, 13:00-17:00" → [{start, end}], or null when a part is not a range of the day. Empty is closed. */
export function parseHours(text) {
  const parts = String(text || '').split(/[,;]/).map((part) => part.trim()).filter(Boolean);
  const hours = [];
  for (const part of parts) {
    const match = RANGE.exec(part);
    if (!match) return null;
    const start = clock(match[1], match[2]);
    const end = clock(match[3], match[4]);
    const [from, to] = [minutesOf(start), minutesOf(end)];
    if (Number(match[2]) > 59 || Number(match[4]) > 59 || from >= 24 * 60 || to > 24 * 60 || from >= to) return null;
    hours.push({ start, end });
  }
  return hours;
}

/** [{start, end}] → "09:00-12:00, 13:00-17:00" */
export function formatHours(hours) {
  return (hours || []).map((h) => `${h.start}-${h.end}`).join(', ');
}

/**
 * The document to PUT: the stored one with the edited hours, breaks, overrides, zone and services; the rules the page
 * does not edit (notice, horizon, slot interval, daily limit, name) are sent back as they were.
 */
export function scheduleDocument(stored, edited) {
  return {
    ...(stored || {}),
    timeZone: edited.timeZone,
    weeklyHours: edited.weeklyHours,
    breaks: edited.breaks,
    overrides: edited.overrides,
    serviceIds: edited.serviceIds,
  };
}

/** "2026-12-05T09:30" on the zone's clock → the instant (a Date), or null when it is not such a time. */
export function localToInstant(local, zone) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(local || ''));
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wall - offsetAt(wall, zone);
  guess = wall - offsetAt(guess, zone);
  return new Date(guess);
}

/** An instant as "2026-12-05T09:30" on the zone's clock (for datetime-local inputs). */
export function instantToLocal(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Whether the browser knows the IANA zone. */
export function knownZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return Boolean(zone);
  } catch (unknown) {
    return false;
  }
}

/** The Monday (YYYY-MM-DD) of the week a day is in. */
export function mondayOf(isoDay) {
  const [y, m, d] = isoDay.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(y, m - 1, d - back)).toISOString().slice(0, 10);
}

export function plusDays(isoDay, days) {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
