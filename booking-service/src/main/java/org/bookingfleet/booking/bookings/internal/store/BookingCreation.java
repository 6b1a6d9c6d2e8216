package org.bookingfleet.booking.bookings.internal.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingEvent;
import org.bookingfleet.booking.bookings.BookingProgress;
import org.bookingfleet.booking.bookings.CreationAnswer;
import org.bookingfleet.booking.bookings.internal.messaging.LiveStatusFeed;
import org.bookingfleet.booking.bookings.internal.store.AuditTrail;
import org.bookingfleet.booking.bookings.internal.store.HoldClaims;
import org.bookingfleet.booking.bookings.internal.store.PromoLimits;
import org.bookingfleet.booking.bookings.internal.store.Providers;
import org.bookingfleet.booking.bookings.internal.web.BookingView;
import org.bookingfleet.booking.bookings.internal.web.Requester;
import org.bookingfleet.booking.idempotency.IdempotencyDecision;
import org.bookingfleet.booking.idempotency.IdempotencyRecord;
import org.bookingfleet.booking.idempotency.IdempotencyRules;
import org.bookingfleet.booking.idempotency.RequestFingerprint;
import org.bookingfleet.booking.idempotency.StoredAnswer;
import org.bookingfleet.booking.lifecycle.AccessToken;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /bookings}: claim the idempotency key, check everything, store the booking
 * PENDING with its {@code BookingRequested} event, then wait briefly for the saga to
 * settle it so most answers are final.
 */
@Component
public class BookingCreation {

	private final IdempotencyKeys keys;

	private final HoldClaims claims;

	private final PromoLimits promoLimits;

	private final IdempotencyRules rules;

	private final CreationChecks checks;

	private final Providers providers;

	private final Bookings bookings;

	private final SeriesStore series;

	private final AuditTrail audit;

	private final BookingEventContracts announcements;

	private final LiveStatusFeed statusChanges;

	private final TransactionalOperator transaction;

	private final BookingSettings settings;

	private final SecureRandom random;

	private final JsonMapper json;

	private final Clock clock;

	public BookingCreation(IdempotencyKeys keys, HoldClaims claims, PromoLimits promoLimits, IdempotencyRules rules,
			CreationChecks checks, Providers providers, Bookings bookings, SeriesStore series, AuditTrail audit,
			BookingEventContracts announcements, LiveStatusFeed statusChanges, TransactionalOperator transaction,
			BookingSettings settings, SecureRandom random, JsonMapper json, Clock clock) {
		this.keys = keys;
		this.claims = claims;
		this.promoLimits = promoLimits;
		this.rules = rules;
		this.checks = checks;
		this.providers = providers;
		this.bookings = bookings;
		this.series = series;
		this.audit = audit;
		this.announcements = announcements;
		this.statusChanges = statusChanges;
		this.transaction = transaction;
		this.settings = settings;
		this.random = random;
		this.json = json;
		this.clock = clock;
	}

	public Mono<CreationAnswer> create(BookingRequest request, String idempotencyKey, Requester requester) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
			return Mono.error(ApiException.validation("Idempotency-Key",
					"send an Idempotency-Key header of 1 to 255 characters"));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String fingerprint = RequestFingerprint.of(callerKey(requester), json.writeValueAsString(request));
		return keys.claim(idempotencyKey, fingerprint, now)
			.flatMap(claimed -> claimed ? run(request, idempotencyKey, fingerprint, requester, now)
					: keys.find(idempotencyKey)
						.switchIfEmpty(Mono.error(BookingCreation::inUse))
						.flatMap(existing -> decide(existing, request, idempotencyKey, fingerprint, requester, now)));
	}

	private Mono<CreationAnswer> decide(IdempotencyRecord existing, BookingRequest request, String key,
			String fingerprint, Requester requester, Instant now) {
		IdempotencyDecision decision = rules.decide(Optional.of(existing), fingerprint, now);
		if (decision instanceof IdempotencyDecision.Replay replay) {
			StoredAnswer answer = replay.answer();
			return Mono.just(new CreationAnswer(answer.status(), answer.body(), answer.location()));
		}
		if (decision instanceof IdempotencyDecision.Resume resume) {
			return bookings.find(UUID.fromString(resume.bookingId())).map(booking -> answerFor(booking, null));
		}
		if (decision instanceof IdempotencyDecision.Reused) {
			return Mono.error(new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
					"this Idempotency-Key was used with another request", "Idempotency-Key", Map.of()));
		}
		if (decision instanceof IdempotencyDecision.InUse) {
			return Mono.error(inUse());
		}
		return keys.takeOver(existing, fingerprint, now)
			.flatMap(took -> took ? run(request, key, fingerprint, requester, now) : Mono.error(inUse()));
	}

	private Mono<CreationAnswer> run(BookingRequest request, String key, String fingerprint, Requester requester,
			Instant now) {
		UUID id = UUID.randomUUID();
		String accessToken = AccessToken.issue(random);
		Sinks.One<UUID> settled = Sinks.one();
		Disposable listening = statusChanges.of(id).next().subscribe(settled::tryEmitValue);
		return checks.check(request, now)
			.flatMap(checked -> providers.termsOf(checked.hold().providerId()).flatMap(terms -> {
				UUID seriesId = checked.valid().recurrence().isPresent() ? UUID.randomUUID() : null;
				List<Booking> created = NewBooking.of(id, seriesId, checked, terms, requester,
						AccessToken.digest(accessToken), json, now);
				Mono<Void> series = seriesId == null ? Mono.empty()
						: this.series.insert(seriesId, checked.valid().recurrence().get(), created.size(), now);
				Mono<Void> claimed = claims.claim(checked.hold().holdId(), id, now)
					.flatMap(owns -> owns ? Mono.<Void>empty() : Mono.error(RefusalErrors.holdAlreadyUsed()))
					.then(promoLimits.allow(checked.quote().promoCode(), checked.binding(),
							checked.request().customerEmail()));
				return transaction
					.transactional(claimed.then(series).then(store(created, key, fingerprint, requester)));
			}))
			.onErrorResume(failure -> keys.release(key, fingerprint, now).then(Mono.error(failure)))
			.flatMap(stored -> settled.asMono().timeout(settings.settleWait(), Mono.just(id)))
			.flatMap(bookings::find)
			.map(booking -> answerFor(booking, accessToken))
			.flatMap(answer -> keys
				.answer(key, fingerprint, new StoredAnswer(answer.status(), answer.body(), answer.location()))
				.thenReturn(answer))
			.doFinally(signal -> listening.dispose());
	}

	private Mono<Booking> store(List<Booking> created, String key, String fingerprint, Requester requester) {
		return keys.attach(key, fingerprint, created.get(0).details().id())
			.thenMany(Flux.fromIterable(created).concatMap(booking -> store(booking, requester)))
			.then(Mono.just(created.get(0)));
	}

	private Mono<Booking> store(Booking booking, Requester requester) {
		BookingDetails d = booking.details();
		BookingProgress p = booking.progress();
		return bookings.insert(booking)
			.then(audit.append(new AuditEntry(d.id(), "CREATE", null, p.status().name(), requester.origin(),
					"{\"status\":{\"from\":null,\"to\":\"PENDING\"}}", d.createdAt())))
			.then(announcements.announce(booking.announce(new BookingEvent.Requested(booking))))
			.thenReturn(booking);
	}

	private CreationAnswer answerFor(Booking booking, String accessToken) {
		boolean settledNow = booking.progress().status() != BookingStatus.PENDING;
		String location = "/api/v2/bookings/" + booking.details().id();
		return new CreationAnswer(settledNow ? 201 : 202,
				json.writeValueAsString(BookingView.of(booking, accessToken, json)), location);
	}

	private static String callerKey(Requester requester) {
		return requester.jwt().isAnonymous() ? "guest" : "sub:" + requester.jwt().subject();
	}

	private static ApiException inUse() {
		return new ApiException(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
				"a request with this Idempotency-Key is still running", "Idempotency-Key", Map.of());
	}

}
