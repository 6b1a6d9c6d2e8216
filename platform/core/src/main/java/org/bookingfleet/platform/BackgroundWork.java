package org.bookingfleet.platform;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.Disposables;

/**
 * Reactive work that runs while the application runs: subscribed on start, disposed on
 * stop, again on a restart.
 */
public abstract class BackgroundWork implements SmartLifecycle {

	private volatile Disposable.Composite running = Disposables.composite();

	private final int phase;

	private volatile boolean started;

	protected BackgroundWork(int phase) {
		this.phase = phase;
	}

	/**
	 * Subscribes the work; every subscription added to {@code running} is disposed on
	 * stop.
	 */
	protected abstract void begin(Disposable.Composite running);

	@Override
	public void start() {
		// a disposed composite takes no new work: a restarted context gets a fresh one
		this.running = Disposables.composite();
		begin(this.running);
		this.started = true;
	}

	@Override
	public void stop() {
		this.running.dispose();
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
