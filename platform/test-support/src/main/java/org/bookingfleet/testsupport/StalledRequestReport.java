package org.bookingfleet.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A request of a test that got no answer in time is a stall of the service, not of the
 * test: the failure is reported with every thread's stack and the locks it holds or waits
 * for in its message, so the stall can be read from the build's output afterwards.
 */
public class StalledRequestReport implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (isStall(failure)) {
			StringBuilder report = new StringBuilder("=== stalled request in ").append(context.getDisplayName())
				.append(": every thread of the test JVM ===\n");
			for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
				report.append(describe(thread));
			}
			// the message reaches the build's console, where a test's own output does not
			throw new AssertionError(failure.getMessage() + "\n" + report, failure);
		}
		throw failure;
	}

	static boolean isStall(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && message.startsWith("Timeout on blocking read")) {
				return true;
			}
		}
		return false;
	}

	/** The whole stack: {@link ThreadInfo#toString()} stops at eight frames. */
	private static String describe(ThreadInfo thread) {
		StringBuilder text = new StringBuilder().append('"')
			.append(thread.getThreadName())
			.append("\" ")
			.append(thread.getThreadState());
		if (thread.getLockName() != null) {
			text.append(" on ").append(thread.getLockName());
		}
		if (thread.getLockOwnerName() != null) {
			text.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
		}
		text.append('\n');
		for (StackTraceElement frame : thread.getStackTrace()) {
			text.append("\tat ").append(frame).append('\n');
		}
		return text.append('\n').toString();
	}

}
