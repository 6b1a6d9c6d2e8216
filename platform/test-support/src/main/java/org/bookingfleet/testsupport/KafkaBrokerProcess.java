package org.bookingfleet.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker (KRaft, one node) in a process of its own, started from Kafka's jars on
 * the test class path, for tests that kill the broker and bring it back: {@link #kill()}
 * is a {@code kill -9}, {@link #start()} restarts it on the same ports with the same
 * data.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

	private final Path directory;

	private final int port;

	private final int controllerPort;

	private Process process;

	private KafkaBrokerProcess(Path directory, int port, int controllerPort) {
		this.directory = directory;
		this.port = port;
		this.controllerPort = controllerPort;
	}

	public static KafkaBrokerProcess format() {
		try {
			Path directory = Files.createTempDirectory("kafka-broker");
			KafkaBrokerProcess broker = new KafkaBrokerProcess(directory, freePort(), freePort());
			Files.writeString(broker.config(), broker.properties());
			run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
					broker.config().toString()), directory.resolve("format.log"));
			return broker;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not prepare a Kafka broker", ex);
		}
	}

	public KafkaBrokerProcess start() {
		try {
			this.process = java(List.of("kafka.Kafka", config().toString()))
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("broker.log").toFile()))
				.redirectErrorStream(true)
				.start();
			awaitPort(Duration.ofSeconds(60));
			return this;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the Kafka broker", ex);
		}
	}

	/** Ends the broker at once, as {@code kill -9} would. */
	public void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	@Override
	public void close() {
		kill();
	}

	private Path config() {
		return this.directory.resolve("server.properties");
	}

	private String properties() {
		return String.join("\n", "process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@127.0.0.1:" + this.controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + this.port, "controller.listener.names=CONTROLLER",
				"listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
				"log.dirs=" + this.directory.resolve("data"), "num.partitions=3", "offsets.topic.replication.factor=1",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "auto.create.topics.enable=true", "");
	}

	private void awaitPort(Duration patience) {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"the Kafka broker stopped; see " + this.directory.resolve("broker.log"));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException notYet) {
				awaitExit(Duration.ofMillis(100));
			}
		}
		throw new IllegalStateException("the Kafka broker did not open its port in " + patience);
	}

	private static void run(List<String> command, Path log) throws IOException {
		Process process = java(command).redirectOutput(log.toFile()).redirectErrorStream(true).start();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("'" + command + "' failed; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ProcessBuilder java(List<String> arguments) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(
				List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path")));
		command.addAll(arguments);
		return new ProcessBuilder(command);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Gives the broker a moment, and notices at once if it died in it. */
	private void awaitExit(Duration moment) {
		try {
			if (this.process.waitFor(moment.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(
						"the Kafka broker stopped; see " + this.directory.resolve("broker.log"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
