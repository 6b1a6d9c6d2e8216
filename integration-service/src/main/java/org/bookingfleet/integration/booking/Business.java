package org.bookingfleet.integration.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The business a booking was made with, as its messages sign: its legal name, where
 * customers reach it, its cancellation terms and its address (already written on one line
 * as people of its country write it). Any part may be missing.
 */
public record Business(String name, String legalName, String supportEmail, String supportPhone,
		String cancellationWording, String address) {

	/** A business whose address is not known here (profiles kept before it travelled). */
	public Business(String name, String legalName, String supportEmail, String supportPhone,
			String cancellationWording) {
		this(name, legalName, supportEmail, supportPhone, cancellationWording, null);
	}

	/** Where the business receives its customers, when its profile says. */
	public Optional<String> venue() {
		return present(address) ? Optional.of(address.strip()) : Optional.empty();
	}

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
