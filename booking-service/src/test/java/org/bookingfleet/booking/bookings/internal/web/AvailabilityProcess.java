package org.bookingfleet.booking.bookings.internal.web;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.bookingfleet.testsupport.RealKafka;
import org.bookingfleet.testsupport.RealPostgres;

/**
 * The availability service started from its runnable jar against the test's PostgreSQL
 * and Kafka.
 */
final class AvailabilityProcess implements AutoCloseable {

	private final Process process;

	private final String baseUrl;

	private AvailabilityProcess(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	static AvailabilityProcess start(String jar, File log) throws IOException, InterruptedException {
		RealPostgres postgres = RealPostgres.get();
		String database = postgres.newDatabase("availability");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar).redirectErrorStream(true)
			.redirectOutput(log);
		Map<String, String> env = builder.environment();
		env.put("PORT", String.valueOf(port));
		env.put("DB_HOST", postgres.host());
		env.put("DB_PORT", String.valueOf(postgres.port()));
		env.put("DB_NAME", database);
		env.put("DB_USER", postgres.user());
		env.put("DB_PASSWORD", postgres.password());
		env.put("KAFKA_BOOTSTRAP_SERVERS", RealKafka.bootstrapServers());
		AvailabilityProcess availability = new AvailabilityProcess(builder.start(), "http://localhost:" + port);
		availability.awaitReady(Duration.ofSeconds(120));
		return availability;
	}

	String baseUrl() {
		return baseUrl;
	}

	private void awaitReady(Duration patience) throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the availability service stopped; see its log");
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the availability service was not ready within " + patience);
	}

	@Override
	public void close() {
		process.destroy();
	}

}
