package org.bookingfleet.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work done at a fixed interval while the application runs (sweepers, pollers, the outbox
 * relay, leased queues): one run at a time, a tick that comes while a run is still going
 * is dropped, and a failed run is logged and tried again at the next tick. Work that can
 * be told it has something to do sooner (a PostgreSQL notification, a signal of its own)
 * names those {@link #wakeUps()}: a wake-up that comes during a run is kept, the latest
 * one, so what caused it is done right after the run instead of at the next tick.
 */
public abstract class PeriodicWork extends BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(PeriodicWork.class);

	private final String name;

	private final Duration every;

	protected PeriodicWork(String name, Duration every) {
		this(name, every, DEFAULT_PHASE);
	}

	protected PeriodicWork(String name, Duration every, int phase) {
		super(phase);
		this.name = name;
		this.every = every;
	}

	/** One run of the work. */
	protected abstract Mono<?> runOnce();

	/** What tells the work to run before its next tick; none by default. */
	protected Flux<?> wakeUps() {
		return Flux.empty();
	}

	/** The work's name, as its log lines say it. */
	protected String name() {
		return this.name;
	}

	@Override
	protected void begin(Disposable.Composite running) {
		Flux<Object> ticks = Flux.merge(Flux.interval(this.every).onBackpressureDrop(), wakeUps().onBackpressureDrop());
		running.add(ticks.onBackpressureLatest().concatMap(tick -> Mono.defer(this::runOnce).onErrorResume(failure -> {
			log.warn("{} failed; the next tick tries again", this.name, failure);
			return Mono.empty();
		}), 1).subscribe());
	}

}
