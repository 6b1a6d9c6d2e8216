package org.bookingfleet.architecture;

import java.util.List;

/**
 * How a service is laid out: {@code service.feature} is one feature's plain-Java domain
 * (with sub-packages of its own), {@code service.feature.internal.*} its adapters (web,
 * store, messaging), and the service's own package its application and wiring.
 */
final class ServiceLayout {

	/** The fleet's applications, each laid out so. */
	static final List<String> SERVICES = List.of("org.bookingfleet.pricing", "org.bookingfleet.availability",
			"org.bookingfleet.booking", "org.bookingfleet.payment", "org.bookingfleet.integration",
			"org.bookingfleet.identity", "org.bookingfleet.gateway");

	private ServiceLayout() {
	}

	/** Every service's packages, as a rule names them. */
	static String[] everyService() {
		return SERVICES.stream().map(service -> service + "..").toArray(String[]::new);
	}

	/**
	 * The feature a package belongs to, or the empty text for the service's own package.
	 */
	static String featureOf(String service, String packageName) {
		if (!packageName.startsWith(service + ".")) {
			return "";
		}
		String below = packageName.substring(service.length() + 1);
		int dot = below.indexOf('.');
		return (dot < 0) ? below : below.substring(0, dot);
	}

	static boolean isInternal(String service, String packageName) {
		return packageName.startsWith(service + ".") && (packageName + ".").contains(".internal.");
	}

	static boolean isDomain(String service, String packageName) {
		return packageName.startsWith(service + ".") && !isInternal(service, packageName);
	}

}
