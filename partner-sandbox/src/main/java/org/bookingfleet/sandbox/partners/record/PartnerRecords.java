package org.bookingfleet.sandbox.partners.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;

/**
 * What the partners received, in memory and in arrival order: contacts (one per email, as
 * GoHighLevel upserts them), their tags, workflows and opportunities, calendar events by
 * calendar and event id, Proof transactions and text messages. Of each kind the latest
 * {@code keep} are kept and the oldest let go (a partner that no longer knows an event or
 * a transaction answers as for one it never had): kept all, they filled the sandbox's
 * heap after about 17,000 bookings, and the contact and transaction lookups read every
 * one.
 */
public final class PartnerRecords {

	/** Of each kind, the records kept unless told otherwise. */
	public static final int DEFAULT_KEEP = 5_000;

	public enum EventChange {

		CREATED, UPDATED, MISSING, CONFLICT

	}

	/**
	 * The partners' ids, never the same twice, across restarts too: the services keep the
	 * ids they were given, and a sandbox that counted from 1 again after a restart gave a
	 * new booking a Proof transaction (and a calendar event, a contact) already recorded
	 * for another, which the integration service refused as belonging to that one. Each
	 * run counts from a random start of its own among 2^60.
	 */
	private final AtomicLong ids = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 60));

	private final Map<String, JsonObject> contactsByEmail;

	/**
	 * Contacts' emails by contact id: written when a contact is new, as the contacts are,
	 * so both let the same contact go.
	 */
	private final Map<String, String> contactEmails;

	private final Map<String, JsonObject> crmActions;

	private final Map<String, JsonObject> calendarEvents;

	private final Map<String, JsonObject> transactions;

	private final Map<String, JsonObject> messages;

	public PartnerRecords(int keep) {
		if (keep < 1) {
			throw new IllegalArgumentException("the sandbox keeps at least one record of each kind");
		}
		this.contactsByEmail = latest(keep);
		this.contactEmails = latest(keep);
		this.crmActions = latest(keep);
		this.calendarEvents = latest(keep);
		this.transactions = latest(keep);
		this.messages = latest(keep);
	}

	public synchronized JsonObject upsertContact(JsonObject request) {
		String email = text(request, "email");
		String key = email.isEmpty() ? "contact-" + ids.incrementAndGet() : email.toLowerCase();
		JsonObject contact = contactsByEmail.get(key);
		if (contact == null) {
			contact = new JsonObject();
			contact.addProperty("id", "ghl_contact_" + ids.incrementAndGet());
			contactsByEmail.put(key, contact);
			contactEmails.put(text(contact, "id"), key);
		}
		for (String field : request.keySet()) {
			contact.add(field, request.get(field));
		}
		return contact.deepCopy();
	}

	public synchronized Optional<JsonObject> contact(String contactId) {
		return Optional.ofNullable(contactEmails.get(contactId)).map(contactsByEmail::get).map(JsonObject::deepCopy);
	}

	/**
	 * A tag, workflow start or opportunity upsert: what GoHighLevel was asked to do, with
	 * its kind.
	 */
	public synchronized JsonObject recordCrmAction(String kind, String contactId, JsonObject request) {
		JsonObject action = request.deepCopy();
		action.addProperty("kind", kind);
		if (contactId != null) {
			action.addProperty("contactId", contactId);
		}
		action.addProperty("id", "ghl_" + kind + "_" + ids.incrementAndGet());
		crmActions.put(text(action, "id"), action);
		return action.deepCopy();
	}

	public synchronized EventChange insertEvent(String calendarId, JsonObject event) {
		String eventId = text(event, "id");
		if (eventId.isEmpty()) {
			eventId = "sandbox" + ids.incrementAndGet();
			event.addProperty("id", eventId);
		}
		String key = calendarId + "/" + eventId;
		JsonObject existing = calendarEvents.get(key);
		if (existing != null && !"cancelled".equals(text(existing, "status"))) {
			return EventChange.CONFLICT;
		}
		calendarEvents.remove(key); // a cancelled event made again counts as the newest
		calendarEvents.put(key, stored(calendarId, event));
		return EventChange.CREATED;
	}

	public synchronized EventChange updateEvent(String calendarId, String eventId, JsonObject event) {
		String key = calendarId + "/" + eventId;
		JsonObject existing = calendarEvents.get(key);
		if (existing == null || "cancelled".equals(text(existing, "status"))) {
			return EventChange.MISSING;
		}
		event.addProperty("id", eventId);
		calendarEvents.put(key, stored(calendarId, event));
		return EventChange.UPDATED;
	}

	/** Google keeps a deleted event as cancelled; deleting it again answers 410. */
	public synchronized EventChange cancelEvent(String calendarId, String eventId) {
		JsonObject existing = calendarEvents.get(calendarId + "/" + eventId);
		if (existing == null || "cancelled".equals(text(existing, "status"))) {
			return EventChange.MISSING;
		}
		existing.addProperty("status", "cancelled");
		return EventChange.UPDATED;
	}

	public synchronized JsonObject createTransaction(JsonObject request) {
		JsonObject transaction = request.deepCopy();
		String id = "ot_" + ids.incrementAndGet();
		transaction.addProperty("id", id);
		transaction.addProperty("status", "sent");
		transaction.addProperty("signing_link", "https://proof.sandbox.local/sign/" + id);
		transactions.put(id, transaction);
		return transaction.deepCopy();
	}

	/**
	 * Recalls a transaction: its status becomes {@code recalled} with the reason given;
	 * empty when no transaction has the id.
	 */
	public synchronized Optional<JsonObject> recallTransaction(String id, String reason) {
		JsonObject transaction = transactions.get(id);
		if (transaction == null) {
			return Optional.empty();
		}
		transaction.addProperty("status", "recalled");
		if (reason != null) {
			transaction.addProperty("recall_reason", reason);
		}
		return Optional.of(transaction.deepCopy());
	}

	public synchronized JsonObject recordMessage(String accountSid, Map<String, String> form) {
		JsonObject message = new JsonObject();
		message.addProperty("sid", "SM" + String.format("%032d", ids.incrementAndGet()));
		message.addProperty("account_sid", accountSid);
		String to = form.getOrDefault("To", "");
		message.addProperty("channel", to.startsWith("whatsapp:") ? "WHATSAPP" : "SMS");
		message.addProperty("to", to);
		message.addProperty("from", form.getOrDefault("From", ""));
		message.addProperty("body", form.getOrDefault("Body", ""));
		message.addProperty("status", "queued");
		messages.put(text(message, "sid"), message);
		return message.deepCopy();
	}

	public synchronized List<JsonObject> contacts() {
		return copies(contactsByEmail.values());
	}

	public synchronized List<JsonObject> crmActions() {
		return copies(crmActions.values());
	}

	public synchronized List<JsonObject> calendarEvents() {
		return copies(calendarEvents.values());
	}

	public synchronized List<JsonObject> transactions() {
		return copies(transactions.values());
	}

	public synchronized List<JsonObject> messages() {
		return copies(messages.values());
	}

	public synchronized void forget() {
		contactsByEmail.clear();
		contactEmails.clear();
		crmActions.clear();
		calendarEvents.clear();
		transactions.clear();
		messages.clear();
	}

	/**
	 * Records of one kind in arrival order, the oldest let go once there are more than
	 * {@code keep}.
	 */
	private static <V> Map<String, V> latest(int keep) {
		return new LinkedHashMap<>() {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > keep;
			}

		};
	}

	private static JsonObject stored(String calendarId, JsonObject event) {
		JsonObject stored = event.deepCopy();
		stored.addProperty("calendarId", calendarId);
		if (!stored.has("status")) {
			stored.addProperty("status", "confirmed");
		}
		return stored;
	}

	private static List<JsonObject> copies(java.util.Collection<JsonObject> objects) {
		return objects.stream().map(JsonObject::deepCopy).toList();
	}

	private static String text(JsonObject object, String field) {
		return object.has(field) && object.get(field).isJsonPrimitive() ? object.get(field).getAsString() : "";
	}

}
