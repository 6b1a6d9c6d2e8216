// Money in minor units with its currency, and instants shown in the business's IANA time zone.
import { language } from './i18n.js';

function locale() {
  return language() === 'es' ? 'es' : 'en';
}

export function money(cents, currency) {
  if (cents === null || cents === undefined || !currency) {
    return '';
  }
  const format = new Intl.NumberFormat(locale(), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits;
  return format.format(Number(cents) / 10 ** digits);
}

/** Minor units from what a person typed in major units ("12.50" → 1250 for USD). */
export function toCents(text, currency) {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const value = Number(String(text).replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * 10 ** digits) : NaN;
}

export function time(instant, zone) {
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

export function dateTime(instant, zone) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(new Date(instant));
}

export function longDay(isoDay, zone) {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
    .format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayIn(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant));
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function today(zone) {
  return dayIn(Date.now(), zone);
}

/** How far a zone is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(epochMs, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant a local midnight happens in a zone (DST-safe: the offset is read at the result). */
export function startOfDay(isoDay, zone) {
  const [y, m, d] = isoDay.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d);
  let guess = wall - offsetAt(wall, zone);
  guess = wall - offsetAt(guess, zone);
  return new Date(guess);
}

export function nextDay(isoDay) {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export function dayRange(isoDay, zone) {
  return { from: startOfDay(isoDay, zone).toISOString(), to: startOfDay(nextDay(isoDay), zone).toISOString() };
}

export function countdown(msLeft) {
  const seconds = Math.max(0, Math.floor(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function titleCase(id) {
  return String(id || '').split(/[-_]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}
