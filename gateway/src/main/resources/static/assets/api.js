// Calls to the gateway's /api/v2 and the words a person reads when one fails (from the envelope's code).
import { t, has } from './i18n.js';
import { csrfToken } from './account.js';

export class ApiError extends Error {
  constructor(status, error, retryAfter) {
    super(error.message || error.code);
    this.status = status;
    this.code = error.code || 'UNKNOWN';
    this.field = error.field || null;
    this.details = error.details || {};
    this.requestId = error.requestId || null;
    this.retryAfter = retryAfter;
  }

  /** What to show: never the server's own message, always words for the code. */
  get words() {
    const key = has(`error.${this.code}`) ? `error.${this.code}` : 'error.UNKNOWN';
    return t(key, {
      seconds: this.retryAfter || this.details.retryAfterSeconds || 60,
      requestId: this.requestId || '',
      field: this.field ? ` (${this.field})` : '',
    });
  }
}

/**
 * request('POST', '/api/v2/bookings', {body, headers, bookingToken, bearer}) → {status, headers, data}.
 * Throws ApiError with the envelope's code, or code NETWORK when the gateway cannot be reached.
 */
export async function request(method, path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.bookingToken) {
    headers['X-Booking-Token'] = options.bookingToken;
  }
  if (options.bearer) {
    headers.Authorization = `Bearer ${options.bearer}`;
  }
  // a signed-in page's session: the gateway asks calls that change something for its CSRF token
  if (method !== 'GET' && method !== 'HEAD' && csrfToken()) {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (networkFailure) {
    throw new ApiError(0, { code: 'NETWORK' });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (notJson) {
      data = null;
    }
  }
  if (!response.ok) {
    const envelope = (data && data.error) ? data.error : { code: codeOf(response.status) };
    throw new ApiError(response.status, envelope, Number(response.headers.get('Retry-After')) || null);
  }
  return { status: response.status, headers: response.headers, data };
}

function codeOf(status) {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503 || status === 502 || status === 504) return 'SERVICE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN';
}

/** Puts the words of a failure (or nothing) into a message box that screen readers announce. */
export function showError(box, failure) {
  if (!failure) {
    box.textContent = '';
    return;
  }
  box.className = 'message error';
  box.setAttribute('role', 'alert');
  box.textContent = failure instanceof ApiError ? failure.words : t('error.UNKNOWN');
  if (!(failure instanceof ApiError)) {
    console.error(failure);
  }
}

export function showInfo(box, words, kind = 'info') {
  box.className = `message ${kind}`;
  box.setAttribute('role', 'status');
  box.textContent = words;
}

export function newIdempotencyKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function wait(ms) {
  return new Promise((resolve) => { setTimeout(resolve, ms); });
}
