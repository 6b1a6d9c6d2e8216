package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.bookingfleet.platform.outbox.OutboxRelay;
import org.bookingfleet.testsupport.sample.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The relay publishes a committed row when the outbox trigger's notification tells it to,
 * not at its next poll: here the poll comes once an hour, so an event that is published
 * at all was published on the notification. The pool closes its connections after two
 * seconds of life, as a pool does after its lifetime: the listening connection is not one
 * of them, so the relay still hears of rows committed later. A row committed while the
 * relay was not listening is published once it listens.
 */
@FleetIntegrationTest(properties = { "fleet.events.relay.poll-interval=1h", "spring.r2dbc.pool.max-life-time=2s" })
class RelayWakesOnCommitIntegrationTest {

	@Autowired
	Ledger ledger;

	@Autowired
	DatabaseClient database;

	@Autowired
	OutboxRelay relay;

	@Test
	void aRowCommittedBeforeTheRelayListensIsPublishedOnceItDoes() {
		this.relay.stop();
		String account = "acct-" + UUID.randomUUID();
		try {
			this.ledger.record(account, "unheard", false).toFuture().join();
		}
		finally {
			this.relay.start();
		}

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(account)).isTrue());
	}

	@Test
	void aCommittedRowIsPublishedWithoutWaitingForThePollEvenAfterThePoolRenewedItsConnections() {
		for (int round = 0; round < 3; round++) {
			for (int entry = 0; entry < 5; entry++) {
				String account = "acct-" + UUID.randomUUID();
				this.ledger.record(account, "woken", false).toFuture().join();

				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(account)).isTrue());
			}
			// every connection the pool holds now is past its lifetime when next handed
			// out
			await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
		}
	}

	private boolean published(String account) {
		return Boolean.TRUE.equals(this.database
			.sql("select published_at is not null as published from outbox_event where event_key = :account")
			.bind("account", account)
			.map(row -> row.get("published", Boolean.class))
			.one()
			.toFuture()
			.join());
	}

}
