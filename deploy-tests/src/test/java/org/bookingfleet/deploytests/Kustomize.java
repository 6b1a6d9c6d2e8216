package org.bookingfleet.deploytests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with the kustomize built into kubectl, as an operator would
 * before applying it. A missing kubectl fails the test: the manifests are not checked
 * unless they are rendered.
 */
final class Kustomize {

	private static final long TIMEOUT_SECONDS = 120;

	private Kustomize() {
	}

	static String render(Path kustomization) {
		List<String> command = List.of("kubectl", "kustomize", kustomization.toString());
		Process process;
		try {
			process = new ProcessBuilder(command).start();
		}
		catch (IOException ex) {
			throw new AssertionError("kubectl is needed to render " + kustomization
					+ " and was not found on the PATH (Debian: apt-get install kubernetes-client): " + ex.getMessage(),
					ex);
		}
		try {
			process.getOutputStream().close();
			CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
			String out = readAll(process.getInputStream());
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(String.join(" ", command) + " failed with exit code " + process.exitValue()
						+ ":\n" + errors.join());
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while rendering " + kustomization, ex);
		}
	}

	private static String readAll(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
