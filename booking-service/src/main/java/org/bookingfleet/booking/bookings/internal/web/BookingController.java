package org.bookingfleet.booking.bookings.internal.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.booking.analytics.BookingAnalytics;
import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.bookings.SeriesView;
import org.bookingfleet.booking.bookings.internal.messaging.LiveStatusFeed;
import org.bookingfleet.booking.bookings.internal.store.AddressChange;
import org.bookingfleet.booking.bookings.internal.store.BookingCreation;
import org.bookingfleet.booking.bookings.internal.store.BookingQueries;
import org.bookingfleet.booking.bookings.internal.store.ChangeRequests;
import org.bookingfleet.booking.bookings.internal.store.InvoicesAndNotarizations;
import org.bookingfleet.booking.bookings.internal.store.RescheduleRequest;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v2/bookings")
class BookingController {

	private final BookingCreation creation;

	private final ChangeRequests changes;

	private final BookingQueries queries;

	private final Requesters requesters;

	private final LiveStatusFeed statusChanges;

	private final JsonMapper json;

	private final InvoicesAndNotarizations additions;

	BookingController(BookingCreation creation, ChangeRequests changes, BookingQueries queries, Requesters requesters,
			LiveStatusFeed statusChanges, JsonMapper json, InvoicesAndNotarizations additions) {
		this.additions = additions;
		this.creation = creation;
		this.changes = changes;
		this.queries = queries;
		this.requesters = requesters;
		this.statusChanges = statusChanges;
		this.json = json;
	}

	/**
	 * {@code holdId} reschedules (with {@code attendees}, to a new party held and quoted
	 * for its seats); {@code address} moves the appointment to another place at the price
	 * of a new quote; {@code attendees} alone renames the party, keeping its size; the
	 * other fields change the booking's contact and notes.
	 */
	record Change(String holdId, String holdToken, String quoteToken, String customerName, String customerEmail,
			String customerPhone, String specialInstructions, BookingRequest.Address address,
			List<BookingRequest.AttendeeRequest> attendees) {

		boolean moves() {
			return holdId != null || holdToken != null;
		}
	}

	record TransitionRequest(String status, String reason) {
	}

	record Cancelled(UUID id, String status, long refundCents, String currency) {
	}

	record Page(List<BookingView> bookings, int page, int size) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<String>> create(@RequestBody BookingRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			ServerWebExchange exchange) {
		return requesters.of(exchange)
			.flatMap(requester -> creation.create(request, idempotencyKey, requester))
			.map(answer -> ResponseEntity.status(answer.status())
				.location(URI.create(answer.location()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(answer.body()));
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Page> list(@RequestParam(required = false) String status, @RequestParam(required = false) Long providerId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			ServerWebExchange exchange) {
		BookingStatus wanted = status == null ? null : status(status);
		Instant start = from == null ? Instant.EPOCH : from;
		Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
		return requesters.of(exchange)
			.flatMapMany(requester -> queries.list(requester, wanted, providerId, start, end, page, size))
			.map(booking -> BookingView.of(booking, null, json))
			.collectList()
			.flatMap(additions::of)
			.map(bookings -> new Page(bookings, page, size));
	}

	@GetMapping(path = "/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<BookingAnalytics> analytics(@RequestParam(required = false) Long providerId, @RequestParam Instant from,
			@RequestParam Instant to, ServerWebExchange exchange) {
		return requesters.of(exchange).flatMap(requester -> queries.analytics(requester, providerId, from, to));
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<BookingView>> events(@PathVariable String id, ServerWebExchange exchange) {
		return requesters.of(exchange)
			.flatMapMany(requester -> queries.statusStream(bookingId(id), requester, statusChanges, json))
			.map(view -> ServerSentEvent.builder(view).event("booking.status").id(view.status()).build());
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<BookingView> get(@PathVariable String id, ServerWebExchange exchange) {
		return requesters.of(exchange)
			.flatMap(requester -> queries.visible(bookingId(id), requester))
			.map(booking -> BookingView.of(booking, null, json))
			.flatMap(additions::of);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<BookingView>> change(@PathVariable String id, @RequestBody Change request,
			ServerWebExchange exchange) {
		if (request.address() != null) {
			if (request.moves() || request.attendees() != null) {
				return Mono.error(ApiException.validation("address", "change the address on its own, with its quote"));
			}
			return requesters.of(exchange)
				.flatMap(requester -> changes.readdress(bookingId(id), requester,
						new AddressChange(request.address(), request.quoteToken())))
				.map(booking -> ResponseEntity.ok(BookingView.of(booking, null, json)));
		}
		if (request.moves()) {
			RescheduleRequest move = new RescheduleRequest(request.holdId(), request.holdToken(), request.quoteToken(),
					request.attendees());
			return requesters.of(exchange)
				.flatMap(requester -> changes.reschedule(bookingId(id), requester, move))
				.map(booking -> ResponseEntity.accepted().body(BookingView.of(booking, null, json)));
		}
		if (request.attendees() != null) {
			return requesters.of(exchange)
				.flatMap(requester -> changes.renameParty(bookingId(id), requester, request.attendees()))
				.map(booking -> ResponseEntity.ok(BookingView.of(booking, null, json)));
		}
		return requesters.of(exchange)
			.flatMap(requester -> changes.updateDetails(bookingId(id), requester, request.customerName(),
					request.customerEmail(), request.customerPhone(), request.specialInstructions()))
			.map(booking -> ResponseEntity.ok(BookingView.of(booking, null, json)));
	}

	@GetMapping(path = "/series/{seriesId}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<SeriesView> series(@PathVariable String seriesId, ServerWebExchange exchange) {
		return requesters.of(exchange).flatMap(requester -> queries.series(bookingId(seriesId), requester));
	}

	/** {@code scope=FUTURE} cancels this occurrence of a series and every later one. */
	@DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Cancelled> cancel(@PathVariable String id, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "ONE") String scope, ServerWebExchange exchange) {
		if (reason != null && reason.length() > 500) {
			throw ApiException.validation("reason", "must be at most 500 characters");
		}
		if (!scope.equals("ONE") && !scope.equals("FUTURE")) {
			throw ApiException.validation("scope", "must be ONE or FUTURE");
		}
		return requesters.of(exchange)
			.flatMap(requester -> scope.equals("FUTURE") ? changes.cancelFromHereOn(bookingId(id), requester, reason)
					: changes.cancel(bookingId(id), requester, reason))
			.map(booking -> new Cancelled(booking.details().id(), booking.progress().status().name(),
					booking.progress().refundCents() == null ? 0 : booking.progress().refundCents(),
					booking.details().currency()));
	}

	@PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<BookingView> transition(@PathVariable String id, @RequestBody TransitionRequest request,
			ServerWebExchange exchange) {
		BookingStatus wanted = status(request.status());
		return requesters.of(exchange)
			.flatMap(requester -> changes.transition(bookingId(id), requester, wanted, request.reason()))
			.map(booking -> BookingView.of(booking, null, json));
	}

	@GetMapping(path = "/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, List<AuditEntry>>> audit(@PathVariable String id, ServerWebExchange exchange) {
		return requesters.of(exchange)
			.flatMapMany(requester -> queries.audit(bookingId(id), requester))
			.collectList()
			.map(entries -> Map.of("entries", entries));
	}

	private static BookingStatus status(String status) {
		try {
			return BookingStatus.valueOf(status);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw ApiException.validation("status", "is not a booking status");
		}
	}

	static UUID bookingId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notUuid) {
			throw ApiException.notFound("booking");
		}
	}

	private static UUID uuid(String value, String field) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException | NullPointerException notUuid) {
			throw ApiException.validation(field, "is not an id");
		}
	}

}
