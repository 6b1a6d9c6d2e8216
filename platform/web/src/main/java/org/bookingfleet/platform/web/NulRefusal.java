package org.bookingfleet.platform.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request text holding the NUL character (U+0000) with 400
 * {@code VALIDATION_FAILED}, before a handler sees it: in the path, the query (names and
 * values, decoded) and the body, raw or as a JSON escape, at any depth of any JSON
 * document, webhooks' raw bodies included. PostgreSQL cannot store U+0000 in text, and no
 * field of the fleet means it. The body is checked as it is read, so a handler that reads
 * its body meets the refusal before it stores anything. A gateway passes bodies on
 * unread; the service behind it checks them.
 */
public class NulRefusal implements WebFilter, Ordered {

	static final String MESSAGE = "must not contain the NUL character (U+0000)";

	private final boolean inspectBodies;

	public NulRefusal(boolean inspectBodies) {
		this.inspectBodies = inspectBodies;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (holdsNul(request.getPath().value())) {
			return Mono.error(ApiException.validation("path", "the path " + MESSAGE));
		}
		for (Map.Entry<String, List<String>> parameter : request.getQueryParams().entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0
					|| parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0)) {
				return Mono
					.error(ApiException.validation(printable(parameter.getKey()), "a query parameter " + MESSAGE));
			}
		}
		if (!this.inspectBodies) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new Inspected(request)).build());
	}

	/**
	 * The path as it arrived: {@code %00} is the only way to write U+0000 in a valid
	 * percent-encoded UTF-8 path.
	 */
	private static boolean holdsNul(String rawPath) {
		return rawPath.indexOf('\0') >= 0 || rawPath.toLowerCase(Locale.ROOT).contains("%00");
	}

	private static String printable(String name) {
		return name.replace("\0", "\\u0000");
	}

	static NulScan scanFor(MediaType contentType) {
		Charset charset = (contentType != null) ? contentType.getCharset() : null;
		boolean bytesAreText = charset == null || charset.equals(StandardCharsets.UTF_8)
				|| charset.equals(StandardCharsets.US_ASCII) || charset.equals(StandardCharsets.ISO_8859_1);
		boolean json = contentType == null || MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| contentType.getSubtype().endsWith("+json");
		return new NulScan(bytesAreText, json && bytesAreText);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	private static final class Inspected extends ServerHttpRequestDecorator {

		Inspected(ServerHttpRequest request) {
			super(request);
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				NulScan scan = scanFor(contentType());
				return super.getBody().map(buffer -> {
					for (int index = buffer.readPosition(); index < buffer.writePosition(); index++) {
						if (scan.finds(buffer.getByte(index))) {
							DataBufferUtils.release(buffer);
							throw ApiException.validation("body", "the body " + MESSAGE);
						}
					}
					return buffer;
				});
			});
		}

		/**
		 * An unreadable content type is refused by the codecs; until then the body is
		 * scanned as JSON.
		 */
		private MediaType contentType() {
			try {
				return getHeaders().getContentType();
			}
			catch (InvalidMediaTypeException unreadable) {
				return null;
			}
		}

	}

}
