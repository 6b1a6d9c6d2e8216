package org.bookingfleet.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A change makes the gateway forget the kept answers it makes wrong, and no answer to a
 * request that left before the change is kept after it.
 */
class ForgettingTest {

	private static final String PROVIDER_13 = "/api/v2/availability?serviceId=ron&providerId=13&from=a&to=b";

	private static final String PROVIDER_14 = "/api/v2/availability?serviceId=ron&providerId=14&from=a&to=b";

	private static final String EVERY_PROVIDER = "/api/v2/availability?serviceId=ron&from=a&to=b";

	private static final String MONTH_OF_13 = "/api/v2/availability/days?serviceId=ron&providerId=13&month=2026-12";

	private static final String CATALOG = "/api/v2/services?null";

	private final PublicAnswers answers = new PublicAnswers(16, Clock.systemUTC());

	@Test
	void aChangeOfAProvidersSlotsForgetsItsSearchesAndThoseOfEveryProviderOnly() {
		for (String key : new String[] { PROVIDER_13, PROVIDER_14, EVERY_PROVIDER, MONTH_OF_13, CATALOG }) {
			this.answers.keep(key, answer(), this.answers.changes());
		}

		this.answers.forget((key, kept) -> SlotAnswers.madeWrongBy(key, 13));

		assertThat(this.answers.fresh(PROVIDER_13)).isNull();
		assertThat(this.answers.fresh(EVERY_PROVIDER)).isNull();
		assertThat(this.answers.fresh(MONTH_OF_13)).isNull();
		assertThat(this.answers.fresh(PROVIDER_14)).isNotNull();
		assertThat(this.answers.fresh(CATALOG)).isNotNull();
	}

	@Test
	void aProviderWhoseIdBeginsLikeAnothersIsAnotherProvider() {
		assertThat(SlotAnswers.madeWrongBy("/api/v2/availability?providerId=130&serviceId=ron", 13)).isFalse();
		assertThat(SlotAnswers.madeWrongBy("/api/v2/availability?serviceId=ron&providerId=13", 13)).isTrue();
		assertThat(SlotAnswers.madeWrongBy("/api/v2/availabilityx?providerId=13", 13)).isFalse();
		assertThat(SlotAnswers.madeWrongBy(CATALOG, 13)).isFalse();
	}

	@Test
	void anAnswerAskedForBeforeAChangeIsNotKeptAfterIt() {
		long whenAsked = this.answers.changes();
		this.answers.forget((key, kept) -> SlotAnswers.madeWrongBy(key, 14));

		this.answers.keep(PROVIDER_13, answer(), whenAsked);
		assertThat(this.answers.fresh(PROVIDER_13)).as("read before a change the gateway heard of").isNull();

		this.answers.keep(PROVIDER_13, answer(), this.answers.changes());
		assertThat(this.answers.fresh(PROVIDER_13)).isNotNull();
	}

	@Test
	void aWriteThroughARouteForgetsThatRoutesAnswers() {
		this.answers.keep(PROVIDER_13, answer(), this.answers.changes());
		this.answers.keep(CATALOG, new KeptAnswer("pricing-service", new byte[0], null, null, "public, max-age=60",
				Instant.now(), Instant.now().plusSeconds(60)), this.answers.changes());

		this.answers.forget((key, kept) -> kept.route().equals("availability-service"));

		assertThat(this.answers.fresh(PROVIDER_13)).isNull();
		assertThat(this.answers.fresh(CATALOG)).isNotNull();
	}

	private static KeptAnswer answer() {
		Instant now = Instant.now();
		return new KeptAnswer("availability-service", "{\"slots\":[]}".getBytes(), "application/json", null,
				"max-age=0, public, s-maxage=2", now, now.plus(Duration.ofSeconds(2)));
	}

}
