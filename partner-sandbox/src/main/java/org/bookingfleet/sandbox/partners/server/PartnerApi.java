package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bookingfleet.sandbox.partners.record.PartnerRecords;
import org.bookingfleet.sandbox.partners.record.PartnerRecords.EventChange;

/**
 * The partner calls of the integration service, each under its partner's prefix:
 * {@code /ghl}, {@code /calendar/v3}, {@code /proof} and {@code /twilio}. Any credential
 * is accepted, a missing one is 401.
 */
final class PartnerApi implements HttpHandler {

	private static final Pattern CONTACT_UPSERT = Pattern.compile("/ghl/contacts/upsert");

	private static final Pattern CONTACT_TAGS = Pattern.compile("/ghl/contacts/([^/]+)/tags");

	private static final Pattern CONTACT_WORKFLOW = Pattern.compile("/ghl/contacts/([^/]+)/workflow/([^/]+)");

	private static final Pattern OPPORTUNITY_UPSERT = Pattern.compile("/ghl/opportunities/upsert");

	private static final Pattern CALENDAR_EVENTS = Pattern.compile("/calendar/v3/calendars/([^/]+)/events");

	private static final Pattern CALENDAR_EVENT = Pattern.compile("/calendar/v3/calendars/([^/]+)/events/([^/]+)");

	private static final Pattern TRANSACTIONS = Pattern.compile("/proof/v1/transactions");

	private static final Pattern RECALL = Pattern.compile("/proof/v1/transactions/([^/]+)/recall");

	private static final Pattern MESSAGES = Pattern.compile("/twilio/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private final PartnerRecords records;

	PartnerApi(PartnerRecords records) {
		this.records = records;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			if (!exchange.getRequestHeaders().containsKey("Authorization")
					&& !exchange.getRequestHeaders().containsKey("ApiKey")) {
				Exchanges.error(exchange, 401, "credentials missing");
				return;
			}
			Matcher match;
			if (method.equals("POST") && CONTACT_UPSERT.matcher(path).matches()) {
				JsonObject answer = new JsonObject();
				answer.addProperty("new", true);
				answer.add("contact", records.upsertContact(Exchanges.jsonBody(exchange)));
				Exchanges.answer(exchange, 200, answer);
			}
			else if (method.equals("POST") && (match = CONTACT_TAGS.matcher(path)).matches()) {
				crmAction(exchange, "tags", match.group(1), Exchanges.jsonBody(exchange));
			}
			else if (method.equals("POST") && (match = CONTACT_WORKFLOW.matcher(path)).matches()) {
				JsonObject request = Exchanges.jsonBody(exchange);
				request.addProperty("workflowId", match.group(2));
				crmAction(exchange, "workflow", match.group(1), request);
			}
			else if (method.equals("POST") && OPPORTUNITY_UPSERT.matcher(path).matches()) {
				JsonObject answer = new JsonObject();
				answer.add("opportunity", records.recordCrmAction("opportunity", null, Exchanges.jsonBody(exchange)));
				Exchanges.answer(exchange, 200, answer);
			}
			else if (method.equals("POST") && (match = CALENDAR_EVENTS.matcher(path)).matches()) {
				JsonObject event = Exchanges.jsonBody(exchange);
				if (records.insertEvent(match.group(1), event) == EventChange.CONFLICT) {
					Exchanges.error(exchange, 409, "The requested identifier already exists.");
				}
				else {
					Exchanges.answer(exchange, 200, event);
				}
			}
			else if (method.equals("PUT") && (match = CALENDAR_EVENT.matcher(path)).matches()) {
				JsonObject event = Exchanges.jsonBody(exchange);
				if (records.updateEvent(match.group(1), match.group(2), event) == EventChange.MISSING) {
					Exchanges.error(exchange, 404, "Not Found");
				}
				else {
					Exchanges.answer(exchange, 200, event);
				}
			}
			else if (method.equals("DELETE") && (match = CALENDAR_EVENT.matcher(path)).matches()) {
				if (records.cancelEvent(match.group(1), match.group(2)) == EventChange.MISSING) {
					Exchanges.error(exchange, 410, "Resource has been deleted");
				}
				else {
					Exchanges.empty(exchange, 204);
				}
			}
			else if (method.equals("POST") && TRANSACTIONS.matcher(path).matches()) {
				Exchanges.answer(exchange, 201, records.createTransaction(Exchanges.jsonBody(exchange)));
			}
			else if (method.equals("POST") && (match = RECALL.matcher(path)).matches()) {
				String reason = Exchanges.query(exchange).get("reason");
				var recalled = records.recallTransaction(match.group(1), reason);
				if (recalled.isPresent()) {
					Exchanges.answer(exchange, 200, recalled.get());
				}
				else {
					Exchanges.error(exchange, 404, "transaction " + match.group(1) + " not found");
				}
			}
			else if (method.equals("POST") && (match = MESSAGES.matcher(path)).matches()) {
				Exchanges.answer(exchange, 201, records.recordMessage(match.group(1), Exchanges.formBody(exchange)));
			}
			else {
				Exchanges.error(exchange, 404, "no partner call " + method + " " + path);
			}
		}
	}

	private void crmAction(HttpExchange exchange, String kind, String contactId, JsonObject request)
			throws IOException {
		if (records.contact(contactId).isEmpty()) {
			Exchanges.error(exchange, 404, "contact " + contactId + " not found");
			return;
		}
		JsonObject answer = new JsonObject();
		answer.addProperty("succeded", true);
		answer.add(kind, records.recordCrmAction(kind, contactId, request));
		Exchanges.answer(exchange, 200, answer);
	}

}
