package org.bookingfleet.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an event's key from the component its contract names
 * ({@link EventContract#key()}), so whoever appends the event cannot key it otherwise
 * than its contract says.
 */
public final class EventKeys {

	private static final ClassValue<List<Method>> PATHS = new ClassValue<>() {
		@Override
		protected List<Method> computeValue(Class<?> type) {
			return path(type, EventCodec.contractOf(type).key());
		}
	};

	private static final ClassValue<List<Method>> VERSIONS = new ClassValue<>() {
		@Override
		protected List<Method> computeValue(Class<?> type) {
			String version = EventCodec.contractOf(type).aggregateVersion();
			return version.isEmpty() ? List.of() : path(type, version);
		}
	};

	private EventKeys() {
	}

	/**
	 * The aggregate version of a contract record: the number its contract names
	 * ({@link EventContract#aggregateVersion()}), 0 when it names none.
	 */
	public static long aggregateVersionOf(Object event) {
		List<Method> accessors = VERSIONS.get(event.getClass());
		if (accessors.isEmpty()) {
			return 0;
		}
		Object value = read(event, accessors, EventCodec.contractOf(event.getClass()).aggregateVersion());
		if (!(value instanceof Number number)) {
			throw new IllegalArgumentException(event.getClass().getSimpleName() + "'s aggregate version "
					+ EventCodec.contractOf(event.getClass()).aggregateVersion() + " is no number");
		}
		return number.longValue();
	}

	/** The key of a contract record: the named component's value as text. */
	public static String keyOf(Object event) {
		return String.valueOf(read(event, PATHS.get(event.getClass()), EventCodec.contractOf(event.getClass()).key()));
	}

	private static Object read(Object event, List<Method> accessors, String path) {
		Object value = event;
		for (Method accessor : accessors) {
			try {
				value = accessor.invoke(value);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read " + path + " of " + event.getClass().getName(), ex);
			}
			if (value == null) {
				throw new IllegalArgumentException(event.getClass().getSimpleName() + " has no " + path);
			}
		}
		return value;
	}

	/**
	 * Fails, naming the step, unless the dotted path names record components of the
	 * contract (as a key does).
	 */
	public static void requirePath(Class<?> contract, String path) {
		path(contract, path);
	}

	/**
	 * The accessors from a contract record to its key, one per dotted step; fails naming
	 * the step that is no record component.
	 */
	static List<Method> path(Class<?> contract, String key) {
		List<Method> accessors = new ArrayList<>();
		Class<?> type = contract;
		for (String step : key.split("\\.")) {
			Method accessor = component(type, step);
			if (accessor == null) {
				throw new IllegalArgumentException(
						contract.getSimpleName() + "'s key " + key + " names no record component " + step);
			}
			accessors.add(accessor);
			type = accessor.getReturnType();
		}
		return List.copyOf(accessors);
	}

	private static Method component(Class<?> type, String name) {
		RecordComponent[] components = type.getRecordComponents();
		if (components == null) {
			return null;
		}
		for (RecordComponent component : components) {
			if (component.getName().equals(name)) {
				return component.getAccessor();
			}
		}
		return null;
	}

}
