package org.bookingfleet.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderRecord;

/**
 * Publishes records in the order given and completes once the broker has acknowledged
 * every one of them.
 */
public class EventPublisher implements AutoCloseable {

	private final KafkaSender<String, byte[]> sender;

	EventPublisher(KafkaSender<String, byte[]> sender) {
		this.sender = sender;
	}

	public Mono<Void> publish(List<OutgoingRecord> records) {
		if (records.isEmpty()) {
			return Mono.empty();
		}
		Flux<SenderRecord<String, byte[], Object>> outgoing = Flux.fromIterable(records).map(EventPublisher::toRecord);
		return this.sender.send(outgoing).flatMap(result -> {
			if (result.exception() != null) {
				return Mono.error(result.exception());
			}
			return Mono.empty();
		}).then();
	}

	public Mono<Void> publish(OutgoingRecord record) {
		return publish(List.of(record));
	}

	private static SenderRecord<String, byte[], Object> toRecord(OutgoingRecord record) {
		List<org.apache.kafka.common.header.Header> headers = new ArrayList<>();
		record.headers()
			.forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
		ProducerRecord<String, byte[]> producerRecord = new ProducerRecord<>(record.topic(), null, record.key(),
				record.value(), headers);
		return SenderRecord.create(producerRecord, record.correlation());
	}

	@Override
	public void close() {
		this.sender.close();
	}

}
