package org.bookingfleet.integration.job.internal.partner;

import java.util.concurrent.Callable;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SMTP client's write timeouts, every connection's on one thread. Left to itself the
 * client starts a scheduler, and so a thread, for every connection it opens, which is
 * every email. A timeout is cancelled once its write is done, and dropped then.
 */
final class SmtpWriteTimeouts extends ScheduledThreadPoolExecutor {

	/** The property that hands the SMTP client its write timeouts' scheduler. */
	static final String PROPERTY = "mail.smtp.executor.writetimeout";

	private final AtomicLong scheduled = new AtomicLong();

	SmtpWriteTimeouts() {
		super(1, task -> {
			Thread thread = new Thread(task, "smtp-write-timeouts");
			thread.setDaemon(true);
			return thread;
		});
		setRemoveOnCancelPolicy(true);
	}

	/** How many writes were timed here. */
	long scheduled() {
		return this.scheduled.get();
	}

	@Override
	protected <V> RunnableScheduledFuture<V> decorateTask(Callable<V> callable, RunnableScheduledFuture<V> task) {
		this.scheduled.incrementAndGet();
		return task;
	}

	@Override
	protected <V> RunnableScheduledFuture<V> decorateTask(Runnable runnable, RunnableScheduledFuture<V> task) {
		this.scheduled.incrementAndGet();
		return task;
	}

}
