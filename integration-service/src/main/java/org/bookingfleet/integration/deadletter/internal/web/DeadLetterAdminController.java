package org.bookingfleet.integration.deadletter.internal.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.integration.deadletter.DeadLetter;
import org.bookingfleet.integration.deadletter.DeadLetterStatus;
import org.bookingfleet.integration.deadletter.internal.store.DeadLetters;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Admins see what the fleet's consumers gave up on, send an event back to its topic
 * (through the outbox, in the transaction that marks its letter retried) or dismiss it.
 */
@RestController
@RequestMapping("/api/v2/integrations/dead-letters")
class DeadLetterAdminController {

	private static final int MAX_LISTED = 500;

	private final DeadLetters letters;

	private final Outbox outbox;

	private final Callers callers;

	private final TransactionalOperator transaction;

	private final Clock clock;

	DeadLetterAdminController(DeadLetters letters, Outbox outbox, Callers callers, TransactionalOperator transaction,
			Clock clock) {
		this.letters = letters;
		this.outbox = outbox;
		this.callers = callers;
		this.transaction = transaction;
		this.clock = clock;
	}

	@GetMapping
	Mono<List<DeadLetterView>> list(@RequestParam Optional<String> status, ServerWebExchange exchange) {
		return admin(exchange)
			.then(Mono.defer(() -> this.letters.list(status.map(DeadLetterAdminController::status), MAX_LISTED)
				.map(DeadLetterView::of)
				.collectList()));
	}

	@PostMapping("/{id}/retry")
	Mono<DeadLetterView> retry(@PathVariable String id, ServerWebExchange exchange) {
		return settle(id, DeadLetterStatus.RETRIED, DeadLetter::retryRefusal, exchange,
				retried -> this.letters.payload(retried.id())
					.flatMap(payload -> this.outbox.appendAgain(EventCodec.read(payload), retried.topic())));
	}

	@PostMapping("/{id}/dismissal")
	Mono<DeadLetterView> dismiss(@PathVariable String id, ServerWebExchange exchange) {
		return settle(id, DeadLetterStatus.DISMISSED, DeadLetter::dismissalRefusal, exchange,
				dismissed -> Mono.empty());
	}

	private Mono<DeadLetterView> settle(String id, DeadLetterStatus next,
			Function<DeadLetter, Optional<String>> refusal, ServerWebExchange exchange,
			Function<DeadLetter, Mono<Void>> effect) {
		UUID letterId = uuid(id);
		return admin(exchange).then(this.transaction.transactional(this.letters.lock(letterId)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("dead letter")))
			.flatMap(letter -> {
				Optional<String> refused = refusal.apply(letter);
				if (refused.isPresent()) {
					return Mono.error(new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION", refused.get(),
							null, Map.of("status", letter.status().name())));
				}
				DeadLetter settled = letter.settled(next, this.clock.instant());
				return this.letters.settle(settled)
					.filter(done -> done)
					.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION",
							"the dead letter was settled meanwhile", null, Map.of())))
					.then(effect.apply(settled))
					.thenReturn(DeadLetterView.of(settled));
			})));
	}

	private Mono<Caller> admin(ServerWebExchange exchange) {
		return this.callers.signedIn(exchange)
			.flatMap(
					caller -> caller.isAdmin() ? Mono.just(caller) : Mono.error(ApiException.forbidden("admins only")));
	}

	static DeadLetterStatus status(String value) {
		return Arrays.stream(DeadLetterStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(
					() -> ApiException.validation("status", "one of " + Arrays.toString(DeadLetterStatus.values())));
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAUuid) {
			throw ApiException.validation("id", "not a UUID");
		}
	}

}
