package org.bookingfleet.fleettests.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.bookingfleet.fleettests.fleet.LocalFleet;

/**
 * Local JWTs for each role, minted by the gateway's own MintToken command, once per role
 * and provider.
 */
public final class Tokens {

	private static final Map<String, String> MINTED = new ConcurrentHashMap<>();

	private Tokens() {
	}

	public static Caller admin() {
		return Caller.bearer(mint("ADMIN"));
	}

	public static Caller client() {
		return Caller.bearer(mint("CLIENT"));
	}

	public static Caller provider(long providerId) {
		return Caller.bearer(mint("PROVIDER", String.valueOf(providerId)));
	}

	private static String mint(String... arguments) {
		return MINTED.computeIfAbsent(String.join(" ", arguments), key -> run(arguments));
	}

	private static String run(String... arguments) {
		Path root = LocalFleet.checkoutRoot();
		Path jar = root.resolve("gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar");
		java.util.List<String> command = new java.util.ArrayList<>(
				java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						jar.toString(), "-Dloader.main=org.bookingfleet.gateway.MintToken",
						"org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(java.util.List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
				throw new IllegalStateException("MintToken " + String.join(" ", arguments) + " printed no token");
			}
			String[] lines = out.split("\n");
			return lines[lines.length - 1].trim();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot run MintToken", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

}
