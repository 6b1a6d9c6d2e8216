package org.bookingfleet.fleettests.fleet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The fleet as the project's {@code fleet} script runs it: infrastructure and
 * applications as separate processes, with its state (pid files, logs, data) in
 * {@code fleet-tests/target/fleet}. The applications are the jars the build has just
 * made, so the script is told not to build.
 */
public final class LocalFleet {

	public static final List<String> APPLICATIONS = List.of("gateway", "pricing-service", "availability-service",
			"booking-service", "payment-service", "integration-service");

	/**
	 * Every process the fleet runs: the servers, both sandboxes, identity and the six
	 * applications.
	 */
	public static final List<String> PROCESSES = List.of("postgres", "kafka", "redis", "stripe-sandbox",
			"partner-sandbox", "identity", "pricing-service", "availability-service", "booking-service",
			"payment-service", "integration-service", "gateway");
	static final int[] PORTS = { 8080, 8081, 8082, 8083, 8084, 8085, 8086, 8090, 8091, 5433, 9092, 9093 };

	private final Path root;

	private final Path state;

	private final Map<String, String> environment;

	LocalFleet(Path root, Path state, Map<String, String> environment) {
		this.root = root;
		this.state = state;
		this.environment = environment;
	}

	/**
	 * The checkout's root: the first folder upwards from the working directory that holds
	 * the fleet script.
	 */
	public static Path checkoutRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isRegularFile(dir.resolve("fleet")) && Files.isDirectory(dir.resolve("fleet-tests"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("no fleet script above " + Path.of("").toAbsolutePath());
	}

	public Path root() {
		return root;
	}

	public Path logs() {
		return state.resolve("logs");
	}

	void refuseTakenPorts() {
		List<Integer> taken = new ArrayList<>();
		for (int port : PORTS) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				taken.add(port);
			}
			catch (IOException free) {
				// nothing listens there: the fleet may take it
			}
		}
		if (!taken.isEmpty()) {
			throw new IllegalStateException("ports " + taken + " are taken: another fleet runs on this machine;"
					+ " stop it first (./fleet down)");
		}
	}

	/**
	 * Starts whatever of the fleet is not running and waits until every application is
	 * healthy.
	 */
	public void up() {
		script(Duration.ofMinutes(12), "up");
	}

	/**
	 * Every process of the fleet is one this fleet started and still runs: a port
	 * answered by someone else's server (another build on the machine) would otherwise
	 * pass the script's health check.
	 */
	public void requireOwnProcesses() {
		for (String process : PROCESSES) {
			boolean alive = pid(process).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
			if (!alive) {
				throw new IllegalStateException(
						process + " is not running; the end of its log:\n" + tail(logs().resolve(process + ".log")));
			}
		}
	}

	public void down() {
		script(Duration.ofMinutes(5), "down");
	}

	public Optional<Long> pid(String process) {
		return pidIn(state.resolve("pids").resolve(process));
	}

	/**
	 * The PostgreSQL server the fleet's launcher started (from its data directory's
	 * {@code postmaster.pid}): the server detaches from the launcher, so it is not among
	 * the launcher's descendants.
	 */
	public Optional<Long> postgresServerPid() {
		return pidIn(state.resolve("postgres").resolve("postmaster.pid"));
	}

	/** The process id on the first line of a pid file, if the file is there. */
	private static Optional<Long> pidIn(Path file) {
		try {
			return Files.exists(file) ? Optional.of(Long.parseLong(Files.readAllLines(file).get(0).trim()))
					: Optional.empty();
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/**
	 * Kills one process of the fleet, at once ({@code SIGKILL}) or politely
	 * ({@code SIGTERM}), and waits for it.
	 */
	public void kill(String process, boolean hard) {
		long pid = pid(process).orElseThrow(() -> new IllegalStateException(process + " does not run"));
		ProcessHandle.of(pid).ifPresent(handle -> {
			if (hard) {
				handle.destroyForcibly();
			}
			else {
				handle.destroy();
			}
			handle.onExit().orTimeout(60, TimeUnit.SECONDS).join();
		});
	}

	private void script(Duration limit, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(root.resolve("fleet").toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Path out = state.resolve("fleet-script.log");
		builder.redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
		try {
			Process process = builder.start();
			if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(
						"./fleet " + String.join(" ", arguments) + " took longer than " + limit);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("./fleet " + String.join(" ", arguments) + " failed:\n" + tail(out));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot run the fleet script", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running the fleet script", e);
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return "(no output)";
		}
	}

}
