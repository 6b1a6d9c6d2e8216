package org.bookingfleet.platform.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
 * Refuses a JSON body holding a text longer than {@code fleet.web.max-text-chars} (4,000
 * characters by default) with 400 {@code VALIDATION_FAILED} naming the member, before a
 * handler stores it: a key or a string value at any depth (a 200 KB time-off reason, a
 * name of a megabyte). The fleet's own signed tokens (members named "...Token") are
 * bounded by the body limit only. The body is checked as it is read, as for NUL
 * characters; a gateway passes bodies on unread and the service behind it checks them. A
 * service's own rules may bound a field tighter.
 */
public class TextLimit implements WebFilter, Ordered {

	public static final int DEFAULT_MAX_CHARS = 4000;

	private final int maxChars;

	private final boolean inspectBodies;

	public TextLimit(int maxChars, boolean inspectBodies) {
		this.maxChars = maxChars;
		this.inspectBodies = inspectBodies;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.inspectBodies) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new Inspected(exchange.getRequest(), this.maxChars)).build());
	}

	/**
	 * JSON in an encoding whose bytes are read as UTF-8 here; another body is left to its
	 * reader.
	 */
	static boolean measured(MediaType contentType) {
		if (contentType == null) {
			return true;
		}
		Charset charset = contentType.getCharset();
		boolean utf8 = charset == null || charset.equals(StandardCharsets.UTF_8)
				|| charset.equals(StandardCharsets.US_ASCII);
		return utf8 && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| contentType.getSubtype().endsWith("+json"));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 21;
	}

	private static final class Inspected extends ServerHttpRequestDecorator {

		private final int maxChars;

		Inspected(ServerHttpRequest request, int maxChars) {
			super(request);
			this.maxChars = maxChars;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			if (!measured(contentType())) {
				return super.getBody();
			}
			return Flux.defer(() -> {
				TextScan scan = new TextScan(this.maxChars);
				return super.getBody().map(buffer -> {
					for (int index = buffer.readPosition(); index < buffer.writePosition(); index++) {
						if (scan.finds(buffer.getByte(index))) {
							DataBufferUtils.release(buffer);
							throw ApiException.validation(scan.field(),
									"body".equals(scan.field())
											? "the body holds a key or a text longer than " + this.maxChars
													+ " characters, or nests deeper than " + TextScan.MAX_DEPTH
											: "must be at most " + this.maxChars + " characters");
						}
					}
					return buffer;
				});
			});
		}

		/**
		 * An unreadable content type is refused by the codecs; until then the body is
		 * measured as JSON.
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
