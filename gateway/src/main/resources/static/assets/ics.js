// An RFC 5545 calendar file for a booking, made in the browser from what the booking service returned.

function stamp(instant) {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escapeText(text) {
  return String(text || '').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded, as the format asks. */
function fold(line) {
  const parts = [];
  let rest = line;
  while (new TextEncoder().encode(rest).length > 75) {
    let cut = 75;
    while (new TextEncoder().encode(rest.slice(0, cut)).length > 75) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  parts.push(rest);
  return parts.join('\r\n');
}

export function invitation({ booking, serviceName, manageUrl }) {
  const address = booking.address
    ? [booking.address.line1, booking.address.city, booking.address.state, booking.address.postalCode].filter(Boolean).join(', ')
    : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Booking Fleet//Booking page//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.id}@booking-fleet`,
    `DTSTAMP:${stamp(Date.now())}`,
    `DTSTART:${stamp(booking.scheduledDateTime)}`,
    `DTEND:${stamp(booking.endDateTime || booking.scheduledDateTime)}`,
    `SUMMARY:${escapeText(serviceName)}`,
    `DESCRIPTION:${escapeText(manageUrl)}`,
    address ? `LOCATION:${escapeText(address)}` : null,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter(Boolean).map(fold);
  return new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/calendar;charset=utf-8' });
}

export function downloadLink(link, blob, fileName) {
  if (link.href && link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
}
