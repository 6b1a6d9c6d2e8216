package org.bookingfleet.testsupport;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.ErrorTranslation;
import org.bookingfleet.platform.web.StrictJson;
import org.springframework.core.codec.DecodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker sends a request validator, for property tests: JSON bodies whose keys
 * are mostly the request's own fields and whose values take any shape (text with control
 * characters, far dates, huge numbers, nested arrays, objects where text is expected),
 * keys given twice and cut-off documents. {@link #bindAndCheck} reads one as the
 * applications do and asserts that nothing but a client's error (4xx in the envelope)
 * comes out.
 */
public final class HostileJson {

	private static final JsonMapper WRITER = JsonMapper.builder().build();

	private static final JsonMapper READER = StrictJson.configure(JsonMapper.builder())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private HostileJson() {
	}

	/**
	 * Bodies aimed at a request type: a record's components are the keys most often used.
	 */
	public static Arbitrary<String> bodies(Class<?> requestType) {
		List<String> fields = Arrays.stream(requestType.getRecordComponents()).map(c -> c.getName()).toList();
		Arbitrary<String> documents = object(fields, value(fields, 3)).map(WRITER::writeValueAsString);
		return Arbitraries.frequencyOf(Tuple.of(8, documents),
				Tuple.of(1,
						documents.filter(json -> json.length() > 2)
							.map(json -> "{\"" + fields.get(0) + "\":1," + json.substring(1))),
				Tuple.of(1, documents.flatMap(
						json -> Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut)))));
	}

	/**
	 * Reads the body into the request type as the applications' codec does (a JSON
	 * problem is the client's; a request type Jackson cannot build is ours) and hands it
	 * to the validator; fails unless every refusal is a 4xx.
	 */
	public static <T> void bindAndCheck(String body, Class<T> requestType, Consumer<T> validator) {
		try {
			T request;
			try {
				request = READER.readValue(body, requestType);
			}
			catch (InvalidDefinitionException ours) {
				throw ours;
			}
			catch (JacksonException clients) {
				throw new DecodingException("JSON decoding error: " + clients.getOriginalMessage(), clients);
			}
			if (request != null) {
				// a JSON null is no body: the codec refuses it before a validator sees it
				validator.accept(request);
			}
		}
		catch (RuntimeException failure) {
			ApiException answer = ErrorTranslation.translate(failure);
			if (!answer.status().is4xxClientError()) {
				throw new AssertionError("answered " + answer.status() + " to " + body, failure);
			}
		}
	}

	private static Arbitrary<Object> value(List<String> fields, int depth) {
		Arbitrary<Object> scalar = Arbitraries.oneOf(texts(), numbers(), Arbitraries.<Object>of(true, false))
			.injectNull(0.1);
		if (depth == 0) {
			return scalar;
		}
		Arbitrary<Object> inner = Arbitraries.lazy(() -> value(fields, depth - 1));
		return Arbitraries.frequencyOf(Tuple.of(6, scalar),
				Tuple.of(1, inner.list().ofMaxSize(4).map(list -> (Object) list)), Tuple.of(1, object(fields, inner)));
	}

	private static Arbitrary<Object> object(List<String> fields, Arbitrary<Object> values) {
		Arbitrary<String> keys = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(fields)),
				Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
		return Arbitraries.maps(keys, values).ofMaxSize(fields.size() + 2).map(map -> (Object) map);
	}

	private static Arbitrary<Object> texts() {
		return Arbitraries.oneOf(
				Arbitraries.strings()
					.withCharRange('\u0000', '\u00ff')
					.withCharRange('\u2028', '\u202f')
					.ofMaxLength(24)
					.map(text -> (Object) text),
				Arbitraries.<Object>of("", " ", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
						"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-13-45T25:61:00Z",
						"2026-12-24T10:00:00+14:00", "2026-12-24", "24:00", "25:99", "09:00", "UTC",
						"Mars/Olympus_Mons", "America/Chicago", "PT-1H", "P999999999D", "NaN", "-1", "1e400",
						"00000000-0000-0000-0000-000000000000", "not-a-uuid", "+15125550199", "a@b.co", "MONDAY",
						"WEEKLY", "USD", "XXX"),
				Arbitraries.strings().withChars("0123456789-:+TZ.").ofMaxLength(30).map(text -> (Object) text));
	}

	private static Arbitrary<Object> numbers() {
		return Arbitraries.oneOf(
				Arbitraries.<Object>of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
						1.5, -0.0, 1e308, -1e308),
				Arbitraries.bigIntegers()
					.between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
					.map(number -> (Object) number),
				Arbitraries.<Object>of(new BigDecimal("1e400"), new BigDecimal("-1e-400"),
						new BigDecimal("123456789012345678901234567890.123456789")));
	}

}
