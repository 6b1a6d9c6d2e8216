package org.bookingfleet.gateway.cache;

/**
 * Which kept answers of the availability search a change of a provider's slots makes
 * wrong: every search that names that provider and every search of all providers (a
 * search names its provider in its query, {@code providerId=}). A search of another
 * provider stays right.
 */
public final class SlotAnswers {

	private static final String SEARCHES = "/api/v2/availability";

	private SlotAnswers() {
	}

	/** Whether the answer kept under this key is a search of free slots. */
	public static boolean isSearch(String key) {
		return key.startsWith(SEARCHES + "?") || key.startsWith(SEARCHES + "/");
	}

	public static boolean madeWrongBy(String key, long providerId) {
		if (!isSearch(key)) {
			return false;
		}
		String provider = providerOf(key);
		return provider == null || provider.equals(Long.toString(providerId));
	}

	private static String providerOf(String key) {
		int query = key.indexOf('?');
		if (query < 0) {
			return null;
		}
		for (String parameter : key.substring(query + 1).split("&")) {
			if (parameter.startsWith("providerId=")) {
				return parameter.substring("providerId=".length());
			}
		}
		return null;
	}

}
