// A course session on the providers' page: its attendees across the session's bookings and their special
// requirements grouped by priority (critical first), with a CSV export built from the API's answer.
import { PRIORITY_ORDER } from './attendees.js';

const LIVE = ['PENDING', 'AWAITING_PAYMENT', 'CONFIRMED', 'COMPLETED', 'NO_SHOW'];

/** Bookings of course services grouped by session (service and start); other bookings stay single. */
export function groupSessions(bookings, services) {
  const groups = [];
  const sessions = new Map();
  for (const booking of bookings) {
    const service = services.get(booking.serviceId);
    if (!service || service.type !== 'COURSE') {
      groups.push({ kind: 'booking', booking });
      continue;
    }
    const key = `${booking.serviceId}@${new Date(booking.scheduledDateTime).toISOString()}`;
    if (!sessions.has(key)) {
      const session = { kind: 'session', key, service, start: booking.scheduledDateTime, end: booking.endDateTime, bookings: [] };
      sessions.set(key, session);
      groups.push(session);
    }
    sessions.get(key).bookings.push(booking);
  }
  return groups;
}

/** The people of a session's live bookings: [{name, email, bookingId, customerName, requirements}]. */
export function attendeesOf(session) {
  const people = [];
  for (const booking of session.bookings) {
    if (!LIVE.includes(booking.status)) continue;
    for (const attendee of booking.attendees || []) {
      people.push({
        name: attendee.name || '', email: attendee.email || '', bookingId: booking.id,
        customerName: booking.customerName || '', requirements: attendee.requirements || [],
      });
    }
  }
  return people;
}

/** Requirements by priority, in PRIORITY_ORDER (critical first), then any other priority: [[priority, [need]]]. */
export function requirementsByPriority(people) {
  const byPriority = new Map();
  for (const person of people) {
    for (const requirement of person.requirements) {
      const priority = requirement.priority || 'STANDARD';
      if (!byPriority.has(priority)) byPriority.set(priority, []);
      byPriority.get(priority).push({ ...requirement, priority, attendee: person.name, email: person.email, bookingId: person.bookingId });
    }
  }
  const rank = (p) => { const i = PRIORITY_ORDER.indexOf(p); return i < 0 ? PRIORITY_ORDER.length : i; };
  return [...byPriority.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

function cell(value) {
  const text = String(value ?? '');
  // a cell a spreadsheet would run as a formula is written as text
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line per attendee and requirement (an attendee without needs has one line), critical needs first. */
export function sessionCsv(session, headings) {
  const people = attendeesOf(session);
  const lines = [headings.map(cell).join(',')];
  const rank = (p) => { const i = PRIORITY_ORDER.indexOf(p); return i < 0 ? PRIORITY_ORDER.length : i; };
  const rows = [];
  for (const person of people) {
    if (!person.requirements.length) {
      rows.push({ order: PRIORITY_ORDER.length + 1, values: ['', '', '', person.name, person.email, person.bookingId] });
    }
    for (const need of person.requirements) {
      rows.push({ order: rank(need.priority), values: [need.priority, need.type, need.details, person.name, person.email, person.bookingId] });
    }
  }
  rows.sort((a, b) => a.order - b.order);
  for (const row of rows) lines.push(row.values.map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Lets the browser save a text as a file. */
export function download(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([`\ufeff${text}`], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
