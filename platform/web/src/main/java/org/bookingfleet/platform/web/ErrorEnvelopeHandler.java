package org.bookingfleet.platform.web;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure leaves the service as the error envelope; an unforeseen one (500) is
 * logged with its request id, never shown.
 */
@Order(-2)
public class ErrorEnvelopeHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ErrorEnvelopeHandler.class);

	private final JsonMapper json;

	private final Clock clock;

	public ErrorEnvelopeHandler(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(failure);
		}
		ApiException error = ErrorTranslation.translate(failure);
		String requestId = RequestIds.of(exchange);
		if (error.status() == org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR) {
			log.error("request {} {} {} failed", requestId, exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), failure);
		}
		byte[] body = this.json.writeValueAsBytes(ErrorEnvelope.of(error.code(), error.getMessage(), error.field(),
				requestId, this.clock.instant(), error.details()));
		response.setStatusCode(error.status());
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		if (requestId != null) {
			response.getHeaders().set(RequestIds.HEADER, requestId);
		}
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
