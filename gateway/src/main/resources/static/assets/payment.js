// Paying a booking: the payment service creates the PaymentIntent, the browser confirms the card with Stripe
// (Stripe Elements when a publishable key is configured, the local sandbox's card form otherwise), then the
// payment service is asked where the intent stands.
import { ApiError, request, wait } from './api.js';
import { t } from './i18n.js';

let settingsPromise = null;

export function pageSettings() {
  if (!settingsPromise) {
    settingsPromise = fetch('/page/settings.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new ApiError(r.status, { code: 'SERVICE_UNAVAILABLE' }))))
      .catch((failure) => {
        settingsPromise = null;
        throw failure instanceof ApiError ? failure : new ApiError(0, { code: 'NETWORK' });
      });
  }
  return settingsPromise;
}

/** The intent for a booking; while Stripe is being reached (202, CREATING) it asks again. */
export async function intentFor(bookingId, bookingToken, bearer) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const { data } = await request('POST', '/api/v2/payments/intent', { body: { bookingId }, bookingToken, bearer });
    if (data && data.clientSecret && data.status !== 'CREATING') return data;
    await wait(Math.min(500 * (attempt + 1), 3000));
  }
  throw new ApiError(503, { code: 'SERVICE_UNAVAILABLE' });
}

class CardError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }

  get words() {
    const key = `card.${this.code}`;
    const text = t(key);
    return text === key ? (this.message || t('error.PAYMENT_FAILED')) : text;
  }
}

export { CardError };

function parseExpiry(text) {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text || '');
  if (!match) throw new CardError('invalid_expiry');
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) throw new CardError('invalid_expiry');
  return { month, year };
}

/** The sandbox's card form: confirms the intent as Stripe.js does, with the client secret and the card. */
export async function confirmWithCardForm(settings, intent, card) {
  const { month, year } = parseExpiry(card.expiry);
  const form = new URLSearchParams({
    client_secret: intent.clientSecret,
    'payment_method_data[type]': 'card',
    'payment_method_data[card][number]': card.number.replace(/[\s-]/g, ''),
    'payment_method_data[card][exp_month]': String(month),
    'payment_method_data[card][exp_year]': String(year),
    'payment_method_data[card][cvc]': card.cvc,
  });
  let response;
  try {
    response = await fetch(`${settings.stripeApiBase}/v1/payment_intents/${encodeURIComponent(intent.paymentIntentId)}/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
  } catch (unreachable) {
    throw new ApiError(0, { code: 'NETWORK' });
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = body.error || {};
    throw new CardError(error.decline_code || error.code || 'card_declined', error.message);
  }
  return body;
}

let stripeLoaded = null;

function loadStripeJs() {
  if (!stripeLoaded) {
    stripeLoaded = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = 'https://js.stripe.com/v3/';
      script.onload = () => resolve(window.Stripe);
      script.onerror = () => reject(new ApiError(0, { code: 'NETWORK' }));
      document.head.append(script);
    });
  }
  return stripeLoaded;
}

/** Stripe Elements in production: mounts the card field into the given element. */
export async function mountElements(settings, mountPoint) {
  const Stripe = await loadStripeJs();
  const stripe = Stripe(settings.stripePublishableKey);
  const card = stripe.elements().create('card');
  card.mount(mountPoint);
  return {
    async confirm(intent) {
      const result = await stripe.confirmCardPayment(intent.clientSecret, { payment_method: { card } });
      if (result.error) throw new CardError(result.error.decline_code || result.error.code, result.error.message);
      return result.paymentIntent;
    },
  };
}

/** Asks the payment service where the intent stands, so the booking does not wait for the webhook alone. */
export async function settle(intent, bookingToken, bearer) {
  const { data } = await request('POST', '/api/v2/payments/confirm', {
    body: { paymentIntentId: intent.paymentIntentId }, bookingToken, bearer,
  });
  return data;
}
