package org.bookingfleet.platform.health;

import java.time.Duration;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * Ready only while the broker answers: a service that cannot publish or consume should
 * not take traffic.
 */
public class KafkaHealth implements ReactiveHealthIndicator {

	private final Admin admin;

	public KafkaHealth(Admin admin) {
		this.admin = admin;
	}

	@Override
	public Mono<Health> health() {
		return Mono
			.fromFuture(() -> this.admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
				.nodes()
				.toCompletionStage()
				.toCompletableFuture())
			.map(nodes -> Health.up().withDetail("brokers", nodes.size()).build())
			.timeout(Duration.ofSeconds(3))
			.onErrorResume(ex -> Mono.just(Health.down().withDetail("error", ex.toString()).build()));
	}

}
