package org.bookingfleet.platform.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;

/**
 * The logs of Spring's own code, through SLF4J to Logback as before, but a message is
 * built only when its level is on. Spring writes its debug lines as messages that are
 * built when printed ({@code LogMessage}), and Commons Logging's SLF4J bridge turned each
 * into a string before Logback could say the level was off: several strings built and
 * thrown away on every request of every service. Found by ServiceLoader
 * ({@code META-INF/services/org.apache.commons.logging.LogFactory}); a line's caller, if
 * a log pattern ever prints it, is this bridge.
 */
public final class LevelCheckedLogFactory extends LogFactory {

	private final LogFactory slf4j = new Slf4jLogFactory();

	private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();

	@Override
	public Log getInstance(Class<?> type) {
		return getInstance(type.getName());
	}

	@Override
	public Log getInstance(String name) {
		return this.logs.computeIfAbsent(name, named -> new LevelCheckedLog(this.slf4j.getInstance(named)));
	}

	@Override
	public void release() {
		this.logs.clear();
		this.slf4j.release();
	}

	@Override
	public Object getAttribute(String name) {
		return this.slf4j.getAttribute(name);
	}

	@Override
	public String[] getAttributeNames() {
		return this.slf4j.getAttributeNames();
	}

	@Override
	public void removeAttribute(String name) {
		this.slf4j.removeAttribute(name);
	}

	@Override
	public void setAttribute(String name, Object value) {
		this.slf4j.setAttribute(name, value);
	}

}
