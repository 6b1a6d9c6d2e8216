package org.bookingfleet.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/** The signed link a message hands on after a label, as the customer reads it. */
public final class SentLinks {

	private SentLinks() {
	}

	/** The address that follows {@code label} in {@code text}. */
	public static URI after(String label, String text) {
		Matcher link = Pattern.compile(Pattern.quote(label) + " (\\S+)").matcher(text);
		assertThat(link.find()).as("a link after \"%s\" in %s", label, text).isTrue();
		return URI.create(link.group(1));
	}

	/** The signed link token of an address: its {@code link} query or fragment value. */
	public static String token(URI address) {
		String query = address.getRawFragment() != null ? address.getRawFragment() : address.getRawQuery();
		return UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("link");
	}

	/** The booking id of a manage page address ({@code #booking=ID&link=...}). */
	public static String booking(URI address) {
		return UriComponentsBuilder.newInstance()
			.query(address.getRawFragment())
			.build()
			.getQueryParams()
			.getFirst("booking");
	}

}
