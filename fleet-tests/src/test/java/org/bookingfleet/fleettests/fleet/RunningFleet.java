package org.bookingfleet.fleettests.fleet;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The started fleet with the partners it talks to, or why it could not start. */
public final class RunningFleet implements AutoCloseable {

	private final LocalFleet processes;

	private final PartnerSandbox partners;

	private final RuntimeException failure;

	private final AtomicBoolean closed = new AtomicBoolean();

	RunningFleet(LocalFleet processes, PartnerSandbox partners) {
		this(processes, partners, null);
	}

	private RunningFleet(LocalFleet processes, PartnerSandbox partners, RuntimeException failure) {
		this.processes = processes;
		this.partners = partners;
		this.failure = failure;
	}

	static RunningFleet failed(Exception failure) {
		return new RunningFleet(null, null,
				failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure));
	}

	public Optional<RuntimeException> failure() {
		return Optional.ofNullable(failure);
	}

	public LocalFleet processes() {
		return processes;
	}

	public PartnerSandbox partners() {
		return partners;
	}

	@Override
	public void close() {
		if (failure != null || !closed.compareAndSet(false, true)) {
			return;
		}
		try {
			processes.down();
		}
		finally {
			partners.close();
		}
	}

}
