package org.bookingfleet.architecture;

/**
 * How a service is laid out: {@code service.feature} is one feature's plain-Java domain
 * (with sub-packages of its own), {@code service.feature.internal.*} its adapters (web,
 * store, messaging), and the service's own package its application and wiring.
 */
final class ServiceLayout {

	private ServiceLayout() {
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
