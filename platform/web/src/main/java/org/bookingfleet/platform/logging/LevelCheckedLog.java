package org.bookingfleet.platform.logging;

import org.apache.commons.logging.Log;

/** A log that passes a message on only when its level is on. */
final class LevelCheckedLog implements Log {

	private final Log log;

	LevelCheckedLog(Log log) {
		this.log = log;
	}

	@Override
	public boolean isTraceEnabled() {
		return this.log.isTraceEnabled();
	}

	@Override
	public boolean isDebugEnabled() {
		return this.log.isDebugEnabled();
	}

	@Override
	public boolean isInfoEnabled() {
		return this.log.isInfoEnabled();
	}

	@Override
	public boolean isWarnEnabled() {
		return this.log.isWarnEnabled();
	}

	@Override
	public boolean isErrorEnabled() {
		return this.log.isErrorEnabled();
	}

	@Override
	public boolean isFatalEnabled() {
		return this.log.isFatalEnabled();
	}

	@Override
	public void trace(Object message) {
		if (this.log.isTraceEnabled()) {
			this.log.trace(message);
		}
	}

	@Override
	public void trace(Object message, Throwable failure) {
		if (this.log.isTraceEnabled()) {
			this.log.trace(message, failure);
		}
	}

	@Override
	public void debug(Object message) {
		if (this.log.isDebugEnabled()) {
			this.log.debug(message);
		}
	}

	@Override
	public void debug(Object message, Throwable failure) {
		if (this.log.isDebugEnabled()) {
			this.log.debug(message, failure);
		}
	}

	@Override
	public void info(Object message) {
		if (this.log.isInfoEnabled()) {
			this.log.info(message);
		}
	}

	@Override
	public void info(Object message, Throwable failure) {
		if (this.log.isInfoEnabled()) {
			this.log.info(message, failure);
		}
	}

	@Override
	public void warn(Object message) {
		if (this.log.isWarnEnabled()) {
			this.log.warn(message);
		}
	}

	@Override
	public void warn(Object message, Throwable failure) {
		if (this.log.isWarnEnabled()) {
			this.log.warn(message, failure);
		}
	}

	@Override
	public void error(Object message) {
		if (this.log.isErrorEnabled()) {
			this.log.error(message);
		}
	}

	@Override
	public void error(Object message, Throwable failure) {
		if (this.log.isErrorEnabled()) {
			this.log.error(message, failure);
		}
	}

	@Override
	public void fatal(Object message) {
		if (this.log.isFatalEnabled()) {
			this.log.fatal(message);
		}
	}

	@Override
	public void fatal(Object message, Throwable failure) {
		if (this.log.isFatalEnabled()) {
			this.log.fatal(message, failure);
		}
	}

}
