package org.bookingfleet.gateway.security.internal.signin;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The session store's calls to Redis start off the event loop, as the rate limits' do:
 * the first one opens the shared connection to Redis, which blocks (up to its connect
 * timeout when Redis is away). A new session is left to Redis's repository, which draws
 * its id off the event loop itself; only a request with the session cookie or a sign-in
 * asks for one ({@link SignedInSession}).
 */
final class OffTheEventLoop<S extends Session> implements ReactiveSessionRepository<S> {

	private static final Log log = LogFactory.getLog(OffTheEventLoop.class);

	private final ReactiveSessionRepository<S> redis;

	private OffTheEventLoop(ReactiveSessionRepository<S> redis) {
		this.redis = redis;
	}

	/**
	 * Redis's sessions are of a type of its own that only it makes; every session given
	 * back to it was made by it.
	 */
	@SuppressWarnings("unchecked")
	static OffTheEventLoop<Session> of(ReactiveSessionRepository<? extends Session> redis) {
		return new OffTheEventLoop<>((ReactiveSessionRepository<Session>) redis);
	}

	@Override
	public Mono<S> createSession() {
		return this.redis.createSession();
	}

	@Override
	public Mono<Void> save(S session) {
		return Mono.defer(() -> this.redis.save(session)).subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public Mono<S> findById(String id) {
		return Mono.defer(() -> this.redis.findById(id))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorResume(failure -> {
				log.warn("a session could not be read from Redis and counts as none: " + failure);
				return Mono.empty();
			});
	}

	@Override
	public Mono<Void> deleteById(String id) {
		return Mono.defer(() -> this.redis.deleteById(id)).subscribeOn(Schedulers.boundedElastic());
	}

}
