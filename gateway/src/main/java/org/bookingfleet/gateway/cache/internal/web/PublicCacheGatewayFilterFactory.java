package org.bookingfleet.gateway.cache.internal.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bookingfleet.gateway.cache.LiveChanges;
import org.bookingfleet.gateway.cache.PublicAnswers;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;

/**
 * {@code PublicCache=<ceiling>[,<live changes>]} on a route: the gateway answers a GET
 * from memory while the service's last public answer to it is fresh (see
 * {@link PublicCacheFilter}), at most {@code ceiling} long, in the gateway's one store of
 * public answers (at most {@code fleet.gateway.public-cache.entries} of them). It runs
 * before the route's other filters: an answer from memory costs the service nothing, so
 * it passes no rate limit and no breaker, as at a CDN. A guest's GET is answered from
 * that store before the gateway's filters and routes ({@link GuestAnswers}). With a feed
 * of live changes named ({@link LiveChanges}), the route's answers are kept only while
 * that feed is live.
 */
@Component
public class PublicCacheGatewayFilterFactory
		extends AbstractGatewayFilterFactory<PublicCacheGatewayFilterFactory.Config> {

	private final PublicAnswers answers;

	private final Map<String, LiveChanges> feeds;

	PublicCacheGatewayFilterFactory(PublicAnswers answers, List<LiveChanges> feeds) {
		super(Config.class);
		this.answers = answers;
		this.feeds = feeds.stream().collect(Collectors.toMap(LiveChanges::name, Function.identity()));
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("ceiling", "follows");
	}

	@Override
	public GatewayFilter apply(Config config) {
		// before the filter that writes the service's answer, like Spring Cloud Gateway's
		// own body rewriting, so it sees the answer go by
		return new OrderedGatewayFilter(new PublicCacheFilter(this.answers, config.getCeiling(), followed(config)),
				NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1);
	}

	private LiveChanges followed(Config config) {
		if (config.getFollows() == null) {
			return null;
		}
		LiveChanges feed = this.feeds.get(config.getFollows());
		if (feed == null) {
			throw new IllegalArgumentException(
					"PublicCache follows " + config.getFollows() + ", which is none of " + this.feeds.keySet());
		}
		return feed;
	}

	public static class Config {

		private Duration ceiling = Duration.ofSeconds(10);

		private String follows;

		public Duration getCeiling() {
			return this.ceiling;
		}

		public void setCeiling(Duration ceiling) {
			this.ceiling = ceiling;
		}

		public String getFollows() {
			return this.follows;
		}

		public void setFollows(String follows) {
			this.follows = follows;
		}

	}

}
