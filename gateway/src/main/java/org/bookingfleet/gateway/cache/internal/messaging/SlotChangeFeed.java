package org.bookingfleet.gateway.cache.internal.messaging;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.bookingfleet.gateway.cache.LiveChanges;
import org.bookingfleet.gateway.cache.PublicAnswers;
import org.bookingfleet.gateway.cache.SlotAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The availability service's live stream of slot changes, followed by the gateway: each
 * change makes it forget the searches it kept that the change makes wrong
 * ({@link SlotAnswers}), so a search kept at the gateway is wrong for no longer than the
 * stream takes to tell (the change's event, relayed once committed). The stream answers a
 * comment when it subscribes and a heartbeat every 15 s: from the first the feed is live;
 * silence for 45 s, an error or the stream's end drops it. Each time it drops or comes
 * back the gateway forgets every kept search (changes were missed), and it follows again
 * after 1 s, then up to every 10 s.
 */
@Component
class SlotChangeFeed implements LiveChanges, SmartLifecycle {

	static final String NAME = "live-slots";

	private static final Logger log = LoggerFactory.getLogger(SlotChangeFeed.class);

	private static final Duration SILENCE = Duration.ofSeconds(45);

	private static final ParameterizedTypeReference<ServerSentEvent<Change>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private final PublicAnswers answers;

	private final WebClient availability;

	private final boolean enabled;

	private volatile boolean live;

	private volatile Disposable following;

	SlotChangeFeed(PublicAnswers answers, @Value("${AVAILABILITY_URL:http://localhost:8082}") String availabilityUrl,
			@Value("${fleet.gateway.live-slots.enabled:true}") boolean enabled) {
		this.answers = answers;
		this.availability = WebClient.create(availabilityUrl);
		this.enabled = enabled;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean isLive() {
		return this.live;
	}

	@Override
	public void start() {
		if (!this.enabled) {
			this.following = Disposables.disposed();
			return;
		}
		this.following = Flux.defer(this::stream)
			.timeout(SILENCE)
			.concatWith(Mono.error(() -> new IllegalStateException("the stream ended")))
			.doOnError(this::dropped)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(10))
				// a stream that answered anything counts its next drop as the first (1
				// s), not the nth
				.transientErrors(true))
			.subscribe();
	}

	private Flux<ServerSentEvent<Change>> stream() {
		return this.availability.get()
			.uri("/api/v2/availability/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(EVENTS)
			.doOnNext(this::read);
	}

	private void read(ServerSentEvent<Change> event) {
		Change change = event.data();
		if (change != null) {
			this.answers.forget((key, kept) -> SlotAnswers.madeWrongBy(key, change.providerId()));
		}
		else if (!this.live) {
			forgetEverySearch();
			this.live = true;
			log.info("Following the availability service's slot changes: searches are kept until one changes");
		}
	}

	private void dropped(Throwable cause) {
		if (this.live) {
			log.warn("No longer following the availability service's slot changes ({}): searches are not kept",
					cause.toString());
		}
		this.live = false;
		forgetEverySearch();
	}

	private void forgetEverySearch() {
		this.answers.forget((key, kept) -> SlotAnswers.isSearch(key));
	}

	@Override
	public void stop() {
		Disposable current = this.following;
		if (current != null) {
			current.dispose();
		}
		this.live = false;
		this.following = null;
	}

	@Override
	public boolean isRunning() {
		return this.following != null;
	}

	/** What the gateway reads of a change: whose slots changed. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Change(long providerId) {
	}

}
