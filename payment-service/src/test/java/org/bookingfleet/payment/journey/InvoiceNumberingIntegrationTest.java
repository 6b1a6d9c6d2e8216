package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.internal.store.DocumentCounter;
import org.bookingfleet.payment.billing.invoice.DocumentKind;
import org.bookingfleet.payment.billing.invoice.DocumentNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class InvoiceNumberingIntegrationTest extends PaymentJourney {

	@Autowired
	DocumentCounter counter;

	@Autowired
	TransactionalOperator transaction;

	@Test
	void aHundredConcurrentSuccessfulPaymentsGetAHundredInvoicesWithoutAGapOrADuplicate() {
		List<Payment> open = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			open.add(fixtures.openPayment());
		}
		WebClient client = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.fromIterable(open).flatMap(payment -> {
			String payload = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), payment);
			return client.post()
				.uri("/api/v2/webhooks/stripe")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Stripe-Signature", PaymentFixtures.signature(payload))
				.bodyValue(payload)
				.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
		}, 100).collectList().toFuture().join();

		assertThat(statuses).hasSize(100).containsOnly(200);
		List<String> numbers = database.sql("select number from invoice where kind = 'INVOICE'")
			.map(row -> row.get("number", String.class))
			.all()
			.collectList()
			.toFuture()
			.join();
		List<Long> sequences = numbers.stream()
			.map(number -> DocumentNumber.parse(number).orElseThrow().sequence())
			.sorted()
			.toList();
		assertThat(numbers).hasSize(100).doesNotHaveDuplicates().allMatch(n -> n.matches("INV-\\d{4}-\\d{5}"));
		assertThat(sequences).isEqualTo(LongStream.rangeClosed(1, 100).boxed().toList());
		assertThat(count("select count(distinct payment_id) from invoice where kind = 'INVOICE'")).isEqualTo(100);
	}

	@Test
	void aNumberTakenInARolledBackTransactionIsHandedOutAgain() {
		DocumentNumber first = counter.next(DocumentKind.CREDIT_NOTE, 2031).toFuture().join();

		StepVerifier
			.create(transaction.transactional(counter.next(DocumentKind.CREDIT_NOTE, 2031)
				.then(Mono.error(new IllegalStateException("the payment's transaction failed")))))
			.expectErrorMessage("the payment's transaction failed")
			.verify();
		DocumentNumber next = counter.next(DocumentKind.CREDIT_NOTE, 2031).toFuture().join();

		assertThat(next.sequence()).isEqualTo(first.sequence() + 1);
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

}
