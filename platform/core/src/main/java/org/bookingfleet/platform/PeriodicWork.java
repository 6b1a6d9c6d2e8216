package org.bookingfleet.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work done at a fixed interval while the application runs (sweepers, pollers): one run
 * at a time, a tick that comes while a run is still going is dropped, and a failed run is
 * logged and tried again at the next tick.
 */
public abstract class PeriodicWork extends BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(PeriodicWork.class);

	private final String name;

	private final Duration every;

	protected PeriodicWork(String name, Duration every) {
		super(DEFAULT_PHASE);
		this.name = name;
		this.every = every;
	}

	/** One run of the work. */
	protected abstract Mono<?> runOnce();

	@Override
	protected void begin(Disposable.Composite running) {
		running.add(Flux.interval(this.every)
			.onBackpressureDrop()
			.concatMap(tick -> Mono.defer(this::runOnce).onErrorResume(failure -> {
				log.warn("{} failed; the next tick tries again", this.name, failure);
				return Mono.empty();
			}), 1)
			.subscribe());
	}

}
