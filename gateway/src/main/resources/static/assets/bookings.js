// Reading one booking as its guest (X-Booking-Token) or as a signed-in caller, and waiting for the saga.
import { request, wait } from './api.js';

export const SETTLED = ['AWAITING_PAYMENT', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'REJECTED', 'EXPIRED'];

export async function readBooking(id, bookingToken, bearer) {
  const { data } = await request('GET', `/api/v2/bookings/${encodeURIComponent(id)}`, { bookingToken, bearer });
  return data;
}

/** Asks again, a little slower each time, until done(booking) or the tries run out; returns the last answer. */
export async function waitForBooking(id, bookingToken, done, tries = 30) {
  let booking = null;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    booking = await readBooking(id, bookingToken);
    if (done(booking)) return booking;
    await wait(Math.min(400 + attempt * 200, 2000));
  }
  return booking;
}

export function manageUrl(booking, accessToken) {
  const fragment = new URLSearchParams({ booking: booking.id, token: accessToken });
  return `${location.origin}/manage.html#${fragment}`;
}

/** Services by id, to name a booking's service. */
export async function catalog() {
  const { data } = await request('GET', '/api/v2/services');
  return new Map((data || []).map((service) => [service.id, service]));
}
