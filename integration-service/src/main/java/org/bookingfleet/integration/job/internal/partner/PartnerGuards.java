package org.bookingfleet.integration.job.internal.partner;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.job.Partner;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The guard of each partner, and its HTTP connections: a pool of its own, as large as its
 * bulkhead, so partners served from one host (a sandbox, a gateway) never queue behind
 * each other's calls for a connection.
 */
@Component
public class PartnerGuards implements DisposableBean {

	private static final Duration IDLE_CONNECTION_KEPT = Duration.ofSeconds(20);

	private final Map<Partner, PartnerGuard> guards = new EnumMap<>(Partner.class);

	private final Map<Partner, ConnectionProvider> connections = new EnumMap<>(Partner.class);

	public PartnerGuards(IntegrationProperties settings) {
		for (Partner partner : Partner.values()) {
			guards.put(partner, new PartnerGuard(partner, settings.resilienceOf(partner)));
		}
	}

	public PartnerGuard of(Partner partner) {
		return guards.get(partner);
	}

	/** A client builder whose calls use the partner's own connections. */
	public synchronized WebClient.Builder webClient(Partner partner) {
		ConnectionProvider pool = connections.computeIfAbsent(partner,
				p -> ConnectionProvider.builder("partner-" + p.name().toLowerCase())
					.maxConnections(guards.get(p).capacity())
					.pendingAcquireMaxCount(-1)
					.maxIdleTime(IDLE_CONNECTION_KEPT)
					.build());
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)));
	}

	@Override
	public synchronized void destroy() {
		connections.values().forEach(ConnectionProvider::dispose);
		connections.clear();
	}

}
