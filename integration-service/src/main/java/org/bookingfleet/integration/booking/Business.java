package org.bookingfleet.integration.booking;

import java.util.ArrayList;
import java.util.List;

/**
 * The business a booking was made with, as its messages sign: its legal name, where
 * customers reach it and its cancellation terms. Any part may be missing.
 */
public record Business(String name, String legalName, String supportEmail, String supportPhone,
		String cancellationWording) {

	/** The lines that close a message: who sells, how to reach them, the terms. */
	public List<String> footerLines() {
		List<String> lines = new ArrayList<>();
		String who = present(legalName) ? legalName : name;
		List<String> contact = new ArrayList<>();
		if (present(who)) {
			contact.add(who);
		}
		if (present(supportEmail)) {
			contact.add(supportEmail);
		}
		if (present(supportPhone)) {
			contact.add(supportPhone);
		}
		if (!contact.isEmpty()) {
			lines.add(String.join(" · ", contact));
		}
		if (present(cancellationWording)) {
			lines.add(cancellationWording.strip());
		}
		return lines;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
