package org.bookingfleet.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitlistRulesTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final Instant DAY_START = Instant.parse("2026-12-05T09:00:00Z");

	private static final Instant DAY_END = Instant.parse("2026-12-05T18:00:00Z");

	private static final ReleasedSlot RELEASED = new ReleasedSlot("svc-cut", "barber-1",
			Instant.parse("2026-12-05T15:00:00Z"), Instant.parse("2026-12-05T15:30:00Z"), 1);

	private final WaitlistRules rules = WaitlistRules.STANDARD;

	private static WaitlistEntry entry(String id, String providerId, int minutesAfterNow) {
		return new WaitlistEntry(id, "svc-cut", providerId, DAY_START, DAY_END, 1,
				NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(minutesAfterNow)), WaitlistStatus.WAITING);
	}

	@Test
	void firstInLineGetsTheOffer() {
		List<WaitlistEntry> line = List.of(entry("second", null, 20), entry("first", "barber-1", 10),
				entry("third", null, 30));

		Optional<WaitlistOffer> offer = rules.nextOffer(RELEASED, line, Set.of(), NOW);

		assertThat(offer).contains(new WaitlistOffer("first", RELEASED, NOW.plus(Duration.ofMinutes(15))));
	}

	@Test
	void aShortOfferWindowStillOffersTheSlotForThatWindow() {
		WaitlistRules brief = WaitlistRules.holdingFor(Duration.ofSeconds(45));

		Optional<WaitlistOffer> offer = brief.nextOffer(RELEASED, List.of(entry("first", null, 10)), Set.of(), NOW);

		assertThat(offer).contains(new WaitlistOffer("first", RELEASED, NOW.plus(Duration.ofSeconds(45))));
		assertThat(WaitlistRules.holdingFor(Duration.ofMinutes(30)).shortestUsefulOffer())
			.isEqualTo(WaitlistRules.STANDARD.shortestUsefulOffer());
	}

	@Test
	void lapsedOfferCascadesToTheNextInLine() {
		List<WaitlistEntry> line = List.of(entry("first", null, 10), entry("second", null, 20));
		Set<String> offered = new HashSet<>();
		WaitlistOffer first = rules.nextOffer(RELEASED, line, offered, NOW).orElseThrow();
		offered.add(first.entryId());
		Instant later = first.expiresAt();

		assertThat(rules.hasLapsed(first, later)).isTrue();
		assertThat(rules.nextOffer(RELEASED, line, offered, later)).map(WaitlistOffer::entryId).contains("second");
	}

	@Test
	void aSlotOnOfferToSomeoneIsOfferedToNobodyElse() {
		List<WaitlistEntry> line = List.of(entry("first", null, 10), entry("second", null, 20));

		assertThat(rules.nextOffer(RELEASED, true, line, Set.of(), NOW)).isEmpty();
		assertThat(rules.nextOffer(RELEASED, false, line, Set.of(), NOW)).map(WaitlistOffer::entryId).contains("first");
	}

	@Test
	void nobodyIsOfferedWhenEveryoneInLineHadTheirTurn() {
		List<WaitlistEntry> line = List.of(entry("first", null, 10));

		assertThat(rules.nextOffer(RELEASED, line, Set.of("first"), NOW)).isEmpty();
	}

	@Test
	void entryForAnotherProviderIsPassedOver() {
		List<WaitlistEntry> line = List.of(entry("wants-other-barber", "barber-2", 1), entry("any-barber", null, 5));

		assertThat(rules.nextOffer(RELEASED, line, Set.of(), NOW)).map(WaitlistOffer::entryId).contains("any-barber");
	}

	@Test
	void slotOutsideTheEntrysWindowIsPassedOver() {
		WaitlistEntry morningOnly = new WaitlistEntry("morning", "svc-cut", null, DAY_START,
				Instant.parse("2026-12-05T12:00:00Z"), 1, NOW.minus(Duration.ofDays(2)), WaitlistStatus.WAITING);

		assertThat(rules.nextOffer(RELEASED, List.of(morningOnly), Set.of(), NOW)).isEmpty();
	}

	@Test
	void groupNeedingMoreSeatsThanReleasedIsPassedOver() {
		WaitlistEntry couple = new WaitlistEntry("couple", "svc-cut", null, DAY_START, DAY_END, 2,
				NOW.minus(Duration.ofDays(2)), WaitlistStatus.WAITING);

		assertThat(rules.nextOffer(RELEASED, List.of(couple, entry("single", null, 0)), Set.of(), NOW))
			.map(WaitlistOffer::entryId)
			.contains("single");
	}

	@Test
	void entryHoldingAnotherOfferIsPassedOver() {
		List<WaitlistEntry> line = List.of(entry("busy", null, 1).withStatus(WaitlistStatus.OFFERED),
				entry("free", null, 2));

		assertThat(rules.nextOffer(RELEASED, line, Set.of(), NOW)).map(WaitlistOffer::entryId).contains("free");
	}

	@Test
	void offerLapsesAtTheSlotStartWhenThatComesFirst() {
		Instant tenMinutesBefore = RELEASED.start().minus(Duration.ofMinutes(10));

		assertThat(rules.nextOffer(RELEASED, List.of(entry("first", null, 0)), Set.of(), tenMinutesBefore))
			.map(WaitlistOffer::expiresAt)
			.contains(RELEASED.start());
	}

	@Test
	void slotAboutToStartIsOfferedToNobody() {
		Instant twoMinutesBefore = RELEASED.start().minus(Duration.ofMinutes(2));

		assertThat(rules.nextOffer(RELEASED, List.of(entry("first", null, 0)), Set.of(), twoMinutesBefore)).isEmpty();
	}

}
