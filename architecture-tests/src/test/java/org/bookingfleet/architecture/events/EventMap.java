package org.bookingfleet.architecture.events;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;

import org.bookingfleet.events.EventContract;

/**
 * Who writes and who reads each event of the fleet, read from the compiled code: the
 * contract records and their annotation, the services that construct them (producers) and
 * the {@code EventSubscription} declarations that name them (consumers).
 */
final class EventMap {

	static final String SUBSCRIPTION = "org.bookingfleet.platform.consumer.EventSubscription";

	private EventMap() {
	}

	static List<Event> of(JavaClasses fleet) {
		List<Event> events = new ArrayList<>();
		for (JavaClass contract : fleet) {
			if (contract.isAnnotatedWith(EventContract.class)
					&& contract.getPackageName().startsWith("org.bookingfleet.events")) {
				events.add(event(contract, fleet));
			}
		}
		events.sort(Comparator.comparing(Event::topic).thenComparing(Event::type));
		return events;
	}

	private static Event event(JavaClass contract, JavaClasses fleet) {
		EventContract annotation = contract.reflect().getAnnotation(EventContract.class);
		Set<String> producers = new TreeSet<>();
		contract.getConstructorCallsToSelf()
			.stream()
			.map(call -> call.getOriginOwner())
			.map(EventMap::serviceOf)
			.filter(service -> service != null)
			.forEach(producers::add);
		Set<String> consumers = new TreeSet<>();
		for (JavaClass type : fleet) {
			String service = serviceOf(type);
			if (service == null) {
				continue;
			}
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				boolean names = unit.getReferencedClassObjects()
					.stream()
					.anyMatch(reference -> reference.getRawType().equals(contract));
				if (names && subscribes(unit)) {
					consumers
						.add(service + " (" + unit.getName() + (perInstance(unit) ? ", every instance" : "") + ")");
				}
			}
		}
		List<String> fields = new ArrayList<>();
		for (RecordComponent component : contract.reflect().getRecordComponents()) {
			fields.add(component.getName());
		}
		return new Event(annotation.type(), annotation.topic(), annotation.version(), annotation.key(),
				List.copyOf(fields), List.copyOf(producers), List.copyOf(consumers));
	}

	private static boolean subscribes(JavaCodeUnit unit) {
		return calls(unit, "on");
	}

	private static boolean perInstance(JavaCodeUnit unit) {
		return calls(unit, "perInstance");
	}

	private static boolean calls(JavaCodeUnit unit, String method) {
		for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
			if (call.getTargetOwner().getName().equals(SUBSCRIPTION) && call.getName().equals(method)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The deployable a class belongs to, from its package:
	 * {@code org.bookingfleet.<service>}.
	 */
	static String serviceOf(JavaClass type) {
		String[] parts = type.getPackageName().split("\\.");
		if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("bookingfleet")) {
			return null;
		}
		return switch (parts[2]) {
			case "pricing", "availability", "booking", "payment", "integration" -> parts[2] + "-service";
			case "gateway" -> "gateway";
			default -> null;
		};
	}

	record Event(String type, String topic, int version, String key, List<String> fields, List<String> producers,
			List<String> consumers) {
	}

}
