package org.bookingfleet.gateway.page.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.DigestUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The booking page's files, read from the jar once at start and served from memory:
 * resolving a file in the nested jar on every request cost more than the request. Each
 * answer carries an ETag of its content and asks the browser to check it again
 * ({@code no-cache}), so a browser keeps the file, asks with {@code If-None-Match} and
 * gets a 304, and a new deployment is seen at once.
 */
final class PageFiles {

	private static final String ROOT = "static/";

	private final Map<String, PageFile> byPath;

	private PageFiles(Map<String, PageFile> byPath) {
		this.byPath = Map.copyOf(byPath);
	}

	/**
	 * Reads every file under {@code static/} of the classpath; called once while the
	 * application starts.
	 */
	static PageFiles load() {
		try {
			Map<String, PageFile> files = new HashMap<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:" + ROOT + "**")) {
				String url = resource.getURL().toString();
				if (url.endsWith("/") || !resource.isReadable()) {
					continue;
				}
				String path = "/" + url.substring(url.lastIndexOf(ROOT) + ROOT.length());
				byte[] content = resource.getContentAsByteArray();
				MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
				files.put(path, new PageFile(content, type, "\"" + DigestUtils.md5DigestAsHex(content) + "\""));
			}
			PageFile index = files.get("/index.html");
			if (index != null) {
				files.put("/", index);
			}
			return new PageFiles(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<PageFile> at(String path) {
		return Optional.ofNullable(this.byPath.get(path));
	}

	Mono<ServerResponse> serve(ServerRequest request) {
		return at(request.path()).map(PageFile::answer).orElseGet(() -> ServerResponse.notFound().build());
	}

	record PageFile(byte[] content, MediaType type, String etag) {

		Mono<ServerResponse> answer() {
			// a GET or HEAD whose If-None-Match names this ETag answers 304 without the
			// body
			return ServerResponse.ok()
				.contentType(this.type)
				.eTag(this.etag)
				.cacheControl(CacheControl.noCache())
				.bodyValue(this.content);
		}

	}

}
