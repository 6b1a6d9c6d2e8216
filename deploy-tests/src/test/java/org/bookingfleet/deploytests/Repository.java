package org.bookingfleet.deploytests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout this module is built in: the folder above the module that holds deploy/
 * and the root pom.
 */
final class Repository {

	private Repository() {
	}

	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"))
					&& Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException(
				"no checkout with deploy/ and docker-compose.yml above " + Path.of("").toAbsolutePath());
	}

	static Path path(String relative) {
		return root().resolve(relative);
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
