package org.bookingfleet.gateway.security.internal.signin;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.session.web.server.session.SpringSessionWebSessionStore;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The page's sessions (who signed in and their tokens) live in Redis, the one the rate
 * limits use (Spring Session), so a gateway's restart signs nobody out and every instance
 * honours a session any other made: no sticky sessions. A session ends after 30 minutes
 * without a request, or at sign-out. {@code fleet.gateway.signin.sessions=memory} keeps
 * them in the instance's memory instead (Spring's in-memory store).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "fleet.gateway.signin", name = "sessions", havingValue = "redis", matchIfMissing = true)
class SharedSessions {

	/** Keys {@code fleet:gateway:sessions:sessions:<id>}, one hash per session. */
	static final String NAMESPACE = "fleet:gateway:sessions";

	static final Duration IDLE = Duration.ofMinutes(30);

	@Bean
	ReactiveRedisSessionRepository sessionsInRedis(ReactiveRedisConnectionFactory redis) {
		RedisSerializationContext<String, Object> values = RedisSerializationContext
			.<String, Object>newSerializationContext(new TolerantSessionValues())
			.key(RedisSerializer.string())
			.hashKey(RedisSerializer.string())
			.build();
		ReactiveRedisSessionRepository sessions = new ReactiveRedisSessionRepository(
				new ReactiveRedisTemplate<>(redis, values));
		sessions.setRedisKeyNamespace(NAMESPACE);
		sessions.setDefaultMaxInactiveInterval(IDLE);
		return sessions;
	}

	@Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
	WebSessionManager webSessionManager(ReactiveRedisSessionRepository sessionsInRedis, WebSessionIdResolver cookies) {
		DefaultWebSessionManager sessions = new DefaultWebSessionManager();
		sessions.setSessionStore(new SpringSessionWebSessionStore<>(OffTheEventLoop.of(sessionsInRedis)));
		sessions.setSessionIdResolver(cookies);
		return sessions;
	}

}
