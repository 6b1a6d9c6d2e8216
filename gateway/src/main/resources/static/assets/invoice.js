// The booking's invoice: its number, and its PDF for whoever holds the booking's link. The link's token travels in a
// header, so the PDF is fetched with it and opened from memory instead of being linked to directly.
import { request } from './api.js';
import { el } from './format.js';
import { t } from './i18n.js';

/** The invoice the payment service issued for the booking, or null while none is. */
export async function invoiceOf(bookingId, bookingToken) {
  try {
    const query = new URLSearchParams({ bookingId });
    const { data } = await request('GET', `/api/v2/payments/intent?${query}`, { bookingToken });
    return data && data.invoiceNumber ? { number: data.invoiceNumber, url: data.invoiceUrl } : null;
  } catch (noPaymentYet) {
    return null;
  }
}

/** A link that opens the invoice's PDF. */
export function invoiceLink(invoice, bookingToken) {
  return el('a', {
    href: invoice.url,
    text: t('manage.invoiceLink', { number: invoice.number }),
    onclick: async (event) => {
      event.preventDefault();
      const response = await fetch(invoice.url, { headers: bookingToken ? { 'X-Booking-Token': bookingToken } : {} });
      if (response.ok) {
        window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
      }
    },
  });
}
