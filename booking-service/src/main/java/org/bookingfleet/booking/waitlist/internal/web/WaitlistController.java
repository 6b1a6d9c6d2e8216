package org.bookingfleet.booking.waitlist.internal.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bookingfleet.booking.catalog.CatalogService;
import org.bookingfleet.booking.lifecycle.AccessToken;
import org.bookingfleet.booking.request.BookingRequestRules;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.waitlist.NoticePreferences;
import org.bookingfleet.booking.waitlist.OfferStatus;
import org.bookingfleet.booking.waitlist.WaitlistEntry;
import org.bookingfleet.booking.waitlist.WaitlistStatus;
import org.bookingfleet.booking.waitlist.internal.store.WaitlistOffers;
import org.bookingfleet.booking.waitlist.internal.store.WaitlistedServices;
import org.bookingfleet.booking.waitlist.internal.store.Waitlists;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.DateHorizon;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v2/waitlist")
class WaitlistController {

	private final Waitlists waitlists;

	private final WaitlistOffers offers;

	private final WaitlistedServices catalog;

	private final Callers callers;

	private final TransactionalOperator transaction;

	private final SecureRandom random;

	private final Clock clock;

	WaitlistController(Waitlists waitlists, WaitlistOffers offers, WaitlistedServices catalog, Callers callers,
			TransactionalOperator transaction, SecureRandom random, Clock clock) {
		this.waitlists = waitlists;
		this.offers = offers;
		this.catalog = catalog;
		this.callers = callers;
		this.transaction = transaction;
		this.random = random;
		this.clock = clock;
	}

	record Join(String serviceId, Long providerId, Instant from, Instant to, Integer seats, String customerName,
			String customerEmail, String customerPhone, String language, List<String> channels, String timeZone) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EntryView(UUID id, String status, String serviceId, String providerId, Instant from, Instant to, int seats,
			Instant joinedAt, String language, List<String> channels, String timeZone, String accessToken,
			OfferView offer, List<OfferView> offers) {
	}

	/**
	 * An offer of a slot; {@code holdId} is the hold the slot is kept under for the
	 * customer to book it.
	 */
	record OfferView(UUID id, UUID holdId, String providerId, Instant start, Instant end, Instant expiresAt,
			String status) {

		static OfferView of(Waitlists.Offer offer) {
			return new OfferView(offer.id(), offer.id(), offer.slot().providerId(), offer.slot().start(),
					offer.slot().end(), offer.expiresAt(), offer.status().name());
		}
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<EntryView>> join(@RequestBody Join join, ServerWebExchange exchange) {
		Instant now = clock.instant();
		validate(join, now);
		NoticePreferences chosen = preferences(join);
		String token = AccessToken.issue(random);
		WaitlistEntry entry = new WaitlistEntry(UUID.randomUUID().toString(), join.serviceId(),
				join.providerId() == null ? null : String.valueOf(join.providerId()), join.from(), join.to(),
				join.seats() == null ? 1 : join.seats(), now, WaitlistStatus.WAITING);
		Mono<Joining> joining = catalog.find(join.serviceId())
			.filter(CatalogService::active)
			.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE",
					"no bookable service " + join.serviceId(), "serviceId", Map.of())))
			.map(service -> {
				seatsFit(entry.seats(), service);
				String phone = BookingRequestRules.phone(join.customerPhone(), service.zone()).orElseThrow(() -> {
					FieldError error = BookingRequestRules.phoneError(service.zone());
					return ApiException.validation(error.field(), error.message());
				});
				return new Joining(chosen.timeZone() != null ? chosen : chosen.inServiceZone(service.zone()), phone);
			});
		return joining.flatMap(ready -> callers.of(exchange)
			.flatMap(caller -> transaction.transactional(waitlists.join(entry,
					new Waitlists.Contact(caller.isAnonymous() ? null : caller.subject(), AccessToken.digest(token),
							join.customerName().strip(), join.customerEmail(), ready.phone()),
					ready.notice())))
			.then(Mono.fromSupplier(() -> ResponseEntity.status(HttpStatus.CREATED)
				.body(view(entry, ready.notice(), token, List.of())))));
	}

	/**
	 * How the customer is told (in the service's zone unless they chose one) and their
	 * phone as it will be dialled.
	 */
	private record Joining(NoticePreferences notice, String phone) {
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<EntryView> get(@PathVariable String id, ServerWebExchange exchange) {
		return owned(id, exchange).flatMap(stored -> waitlists.offersOf(UUID.fromString(stored.entry().id()))
			.collectList()
			.map(offers -> view(stored.entry(), stored.preferences(), null, offers)));
	}

	/**
	 * The slot held for an offer, for the booking page the offer's link opens; the
	 * offer's id is its capability.
	 */
	record OfferedSlot(UUID offerId, UUID holdId, String serviceId, long providerId, Instant start, Instant end,
			int seats, Instant expiresAt, String status) {
	}

	@GetMapping(path = "/offers/{offerId}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<OfferedSlot> offer(@PathVariable String offerId) {
		UUID id;
		try {
			id = UUID.fromString(offerId);
		}
		catch (IllegalArgumentException notUuid) {
			return Mono.error(ApiException.notFound("waitlist offer"));
		}
		return waitlists.findOffer(id)
			.flatMap(offer -> waitlists.find(offer.entryId())
				.map(stored -> new OfferedSlot(offer.id(), offer.id(), offer.slot().serviceId(),
						Long.parseLong(offer.slot().providerId()), offer.slot().start(), offer.slot().end(),
						stored.entry().seats(), offer.expiresAt(), offer.status().name())))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("waitlist offer")));
	}

	@DeleteMapping(path = "/{id}")
	Mono<ResponseEntity<Void>> leave(@PathVariable String id, ServerWebExchange exchange) {
		return owned(id, exchange)
			.flatMap(stored -> transaction.transactional(offers.leave(UUID.fromString(stored.entry().id()))))
			.thenReturn(ResponseEntity.noContent().build());
	}

	private Mono<Waitlists.Stored> owned(String id, ServerWebExchange exchange) {
		UUID entryId;
		try {
			entryId = UUID.fromString(id);
		}
		catch (IllegalArgumentException notUuid) {
			return Mono.error(ApiException.notFound("waitlist entry"));
		}
		String token = exchange.getRequest().getHeaders().getFirst("X-Booking-Token");
		return callers.of(exchange)
			.flatMap(caller -> waitlists.find(entryId)
				.filter(stored -> caller.isAdmin()
						|| (!caller.isAnonymous() && caller.subject().equals(stored.contact().customerId()))
						|| AccessToken.matches(token, stored.contact().accessTokenDigest()))
				.switchIfEmpty(Mono.error(() -> ApiException.notFound("waitlist entry"))));
	}

	private static EntryView view(WaitlistEntry entry, NoticePreferences notice, String token,
			List<Waitlists.Offer> offers) {
		OfferView current = offers.stream()
			.filter(offer -> offer.status() == OfferStatus.OPEN)
			.findFirst()
			.map(OfferView::of)
			.orElse(null);
		return new EntryView(UUID.fromString(entry.id()), entry.status().name(), entry.serviceId(), entry.providerId(),
				entry.windowStart(), entry.windowEnd(), entry.seats(), entry.joinedAt(), notice.language(),
				notice.channels(), notice.timeZone(), token, current, offers.stream().map(OfferView::of).toList());
	}

	/**
	 * As for a booking's attendees: a waitlist entry asks for no more seats than the
	 * service has.
	 */
	static void seatsFit(int seats, CatalogService service) {
		if (seats > service.capacity()) {
			throw ApiException.validation("seats", "this service seats at most " + service.capacity());
		}
	}

	static NoticePreferences preferences(Join join) {
		try {
			return NoticePreferences.chosen(join.language(), join.channels(), join.timeZone(), null);
		}
		catch (NoticePreferences.Invalid invalid) {
			throw ApiException.validation(invalid.field(), invalid.getMessage());
		}
	}

	/**
	 * The checks that need no stored data; the service's own limits are checked once it
	 * is found.
	 */
	static void validate(Join join, Instant now) {
		if (join.serviceId() == null || join.serviceId().isBlank()) {
			throw ApiException.validation("serviceId", "is required");
		}
		if (join.providerId() != null && join.providerId() < 1) {
			throw ApiException.validation("providerId", "a provider id is a positive number");
		}
		if (join.from() == null || join.to() == null || !join.to().isAfter(join.from())) {
			throw ApiException.validation("to", "the window needs from and a later to");
		}
		DateHorizon.window("from", join.from(), "to", join.to(), now);
		if (join.seats() != null && join.seats() < 1) {
			throw ApiException.validation("seats", "must be at least 1");
		}
		String name = join.customerName() == null ? "" : join.customerName().strip();
		if (name.length() < 2 || name.length() > 100) {
			throw ApiException.validation("customerName", "must be 2 to 100 characters");
		}
		if (join.customerEmail() == null || !join.customerEmail().matches("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$")) {
			throw ApiException.validation("customerEmail", "must be an email address");
		}
	}

}
