package org.bookingfleet.booking.bookings.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.catalog.CatalogService;
import org.bookingfleet.booking.catalog.KnownHold;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.quote.QuoteBinding;
import org.bookingfleet.booking.quote.QuoteMatch;
import org.bookingfleet.booking.quote.QuoteVerification;
import org.bookingfleet.booking.quote.SeriesQuotes;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.booking.request.BookingRequestRules;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.request.RequestCheck;
import org.bookingfleet.booking.request.ServiceTerms;
import org.bookingfleet.booking.series.Occurrence;
import org.bookingfleet.booking.series.Recurrence;
import org.bookingfleet.booking.series.SeriesSchedule;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Everything checked before a booking is stored: the fields, the service, the quote and
 * the hold.
 */
@Component
class CreationChecks {

	private static final ServiceTerms UNKNOWN_SERVICE = new ServiceTerms(Integer.MAX_VALUE, ZoneOffset.UTC);

	private final BookableServices catalog;

	private final OfferedHolds waitlistHolds;

	private final HoldTokens holdTokens;

	private final QuoteTokenVerifier quotes;

	CreationChecks(BookableServices catalog, OfferedHolds waitlistHolds, HoldTokens holdTokens,
			QuoteTokenVerifier quotes) {
		this.catalog = catalog;
		this.waitlistHolds = waitlistHolds;
		this.holdTokens = holdTokens;
		this.quotes = quotes;
	}

	/**
	 * {@code occurrenceQuotes}: the snapshot of each occurrence of a series, in order;
	 * the one quote otherwise.
	 */
	record Checked(BookingRequest request, RequestCheck.Valid valid, CatalogService service, LockedQuote quote,
			KnownHold hold, List<LockedQuote> occurrenceQuotes, QuoteBinding binding) {
	}

	Mono<Checked> check(BookingRequest request, Instant now) {
		String serviceId = request.serviceId() == null ? "" : request.serviceId();
		// the service read once: its terms check the request, then it must be bookable
		return catalog.find(serviceId).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(known -> {
			RequestCheck check = BookingRequestRules.check(request,
					known.map(service -> new ServiceTerms(service.capacity(), service.zone())).orElse(UNKNOWN_SERVICE),
					now);
			if (check instanceof RequestCheck.Invalid invalid) {
				return Mono.error(invalid(invalid.errors()));
			}
			RequestCheck.Valid valid = (RequestCheck.Valid) check;
			return Mono.justOrEmpty(known.filter(CatalogService::active))
				.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE",
						"no bookable service " + serviceId, "serviceId", Map.of())))
				.flatMap(service -> verifiedQuote(request, valid, service, now)
					.flatMap(quotes -> hold(request, valid, quotes.quote(), now).map(hold -> new Checked(request, valid,
							service, quotes.quote(), hold, quotes.occurrences(), quotes.binding()))));
		});
	}

	private record Quotes(LockedQuote quote, List<LockedQuote> occurrences, QuoteBinding binding) {
	}

	private Mono<Quotes> verifiedQuote(BookingRequest request, RequestCheck.Valid valid, CatalogService service,
			Instant now) {
		QuoteVerification verification = quotes.verify(request.quoteToken(), now);
		if (verification instanceof QuoteVerification.Refused refused) {
			return Mono.error(new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, refused.code(), refused.reason(),
					"quoteToken", Map.of()));
		}
		LockedQuote quote = ((QuoteVerification.Verified) verification).quote();
		QuoteBinding binding = ((QuoteVerification.Verified) verification).binding();
		List<FieldError> mismatches = new java.util.ArrayList<>(QuoteMatch.mismatches(quote, request.serviceId(),
				request.scheduledDateTime(), valid.seats(), request.promoCode()));
		mismatches.addAll(binding.mismatches(BookingAddresses.key(request.address()), request.customerEmail()));
		if (!mismatches.isEmpty()) {
			return Mono.error(RefusalErrors.quoteInvalid(mismatches));
		}
		if (valid.recurrence().isEmpty()) {
			return Mono.just(new Quotes(quote, List.of(quote), binding));
		}
		Recurrence recurrence = valid.recurrence().get();
		LocalDateTime first = request.scheduledDateTime()
			.truncatedTo(ChronoUnit.SECONDS)
			.atZone(service.zone())
			.toLocalDateTime();
		List<Instant> starts = SeriesSchedule.expand(recurrence, first, service.zone(), Duration.ZERO)
			.stream()
			.map(Occurrence::start)
			.toList();
		SeriesQuotes.Outcome series = SeriesQuotes.lock(quote, ((QuoteVerification.Verified) verification).series(),
				recurrence, starts);
		if (series instanceof SeriesQuotes.Mismatched mismatched) {
			return Mono.error(RefusalErrors.quoteInvalid(mismatched.errors()));
		}
		return Mono.just(new Quotes(quote, ((SeriesQuotes.Locked) series).quotes(), binding));
	}

	/**
	 * The hold the booking claims: the one its token names (signed by the availability
	 * service, so no replica is asked), or, without a token, the slot a waitlist offer
	 * holds under the offer's id (the offer link is the capability).
	 */
	private Mono<KnownHold> hold(BookingRequest request, RequestCheck.Valid valid, LockedQuote quote, Instant now) {
		Mono<KnownHold> claimed = request.holdToken() == null ? offerHold(request) : tokenHold(request);
		return claimed.map(hold -> {
			PresentedHolds.live(hold, now);
			List<FieldError> wrongHold = HoldMatch.requestMismatches(hold, request, valid.seats());
			if (!wrongHold.isEmpty()) {
				throw RefusalErrors.fieldErrors(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", wrongHold);
			}
			List<FieldError> wrongQuote = HoldMatch.quoteMismatches(hold, quote);
			if (!wrongQuote.isEmpty()) {
				throw RefusalErrors.quoteInvalid(wrongQuote);
			}
			return hold;
		});
	}

	private Mono<KnownHold> tokenHold(BookingRequest request) {
		return Mono.fromCallable(() -> PresentedHolds.named(holdTokens, request.holdId(), request.holdToken()));
	}

	private Mono<KnownHold> offerHold(BookingRequest request) {
		UUID holdId;
		try {
			holdId = UUID.fromString(request.holdId() == null ? "" : request.holdId());
		}
		catch (IllegalArgumentException notUuid) {
			return Mono.error(ApiException.validation("holdToken", "is required: the token the hold was granted with"));
		}
		return waitlistHolds.findOffered(holdId)
			.switchIfEmpty(Mono
				.error(() -> ApiException.validation("holdToken", "is required: the token the hold was granted with")));
	}

	private static ApiException invalid(List<FieldError> errors) {
		FieldError first = errors.get(0);
		return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", first.field() + " " + first.message(),
				first.field(), Map.of("errors", errors));
	}

}
