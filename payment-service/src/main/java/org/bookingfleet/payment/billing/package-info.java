/**
 * A booking's billing: the money it is asked for (Stripe PaymentIntents, {@code intent}),
 * what Stripe tells of it (signed webhooks, {@code webhook}), the money given back
 * ({@code refund}) and the documents that record it all (invoices and credit notes,
 * {@code invoice}). One feature, because its adapters need each other in one transaction:
 * a success issues its invoice, a refund its credit note, a fee joins the issued invoice,
 * and an invoice is opened by the booking's owner as its payments are. Its adapters:
 * {@code internal.web} (payments, refunds, invoices, the webhook), {@code internal.store}
 * (the stores and the use cases that write them with their events),
 * {@code internal.messaging} (the booking and catalog events it follows) and
 * {@code internal.stripe} (the Stripe client).
 */
package org.bookingfleet.payment.billing;
