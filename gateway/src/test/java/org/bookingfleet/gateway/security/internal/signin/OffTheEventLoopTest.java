package org.bookingfleet.gateway.security.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Mono;

class OffTheEventLoopTest {

	@Test
	void aSessionRedisCannotReadIsNoSession() {
		OffTheEventLoop<Session> sessions = OffTheEventLoop.of(new RedisAway());

		assertThat(sessions.findById("a-session").blockOptional(Duration.ofSeconds(5))).isEmpty();
	}

	@Test
	void aSessionIsReadOffTheCallersThread() {
		Thread caller = Thread.currentThread();
		Thread[] reader = new Thread[1];
		OffTheEventLoop<Session> sessions = OffTheEventLoop.of(new RedisAway() {
			@Override
			public Mono<Session> findById(String id) {
				reader[0] = Thread.currentThread();
				return Mono.just(new MapSession(id));
			}
		});

		assertThat(sessions.findById("a-session").block(Duration.ofSeconds(5)).getId()).isEqualTo("a-session");
		assertThat(reader[0]).isNotSameAs(caller);
		assertThat(reader[0].getName()).startsWith("boundedElastic");
	}

	static class RedisAway implements ReactiveSessionRepository<Session> {

		@Override
		public Mono<Session> createSession() {
			return Mono.just(new MapSession());
		}

		@Override
		public Mono<Void> save(Session session) {
			return Mono.error(new RedisConnectionFailureException("Redis is away"));
		}

		@Override
		public Mono<Session> findById(String id) {
			return Mono.error(new RedisConnectionFailureException("Redis is away"));
		}

		@Override
		public Mono<Void> deleteById(String id) {
			return Mono.error(new RedisConnectionFailureException("Redis is away"));
		}

	}

}
