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

	private EventKeys() {
	}

	/** The key of a contract record: the named component's value as text. */
	public static String keyOf(Object event) {
		Object value = event;
		for (Method accessor : PATHS.get(event.getClass())) {
			try {
				value = accessor.invoke(value);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read the key of " + event.getClass().getName(), ex);
			}
			if (value == null) {
				throw new IllegalArgumentException(
						event.getClass().getSimpleName() + " has no " + EventCodec.contractOf(event.getClass()).key());
			}
		}
		return String.valueOf(value);
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
