package org.bookingfleet.platform.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request the HTTP decoder cannot take (a request line over the limit, 414; headers
 * over the limit, 431; a malformed request, 400) never reaches WebFlux: the server
 * answers it itself, with an empty body. This puts the error envelope, a request id and
 * the security headers on those answers, so every refusal looks the same.
 */
public class DecodingRefusals implements NettyServerCustomizer {

	static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options",
			"DENY", "Referrer-Policy", "no-referrer", "Content-Security-Policy",
			"default-src 'none'; frame-ancestors 'none'", "Permissions-Policy",
			"camera=(), microphone=(), geolocation=()", "Cache-Control", "no-store");

	private final Envelopes envelopes;

	public DecodingRefusals(JsonMapper json, Clock clock) {
		this.envelopes = new Envelopes(json, clock);
	}

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit(
				(observer, channel, remote) -> channel.pipeline().addLast("fleet.decodingRefusals", this.envelopes));
	}

	@ChannelHandler.Sharable
	static final class Envelopes extends ChannelOutboundHandlerAdapter {

		private final JsonMapper json;

		private final Clock clock;

		Envelopes(JsonMapper json, Clock clock) {
			this.json = json;
			this.clock = clock;
		}

		@Override
		public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
			if (message instanceof FullHttpResponse refusal && bodilessRefusal(refusal)) {
				FullHttpResponse envelope = envelope(refusal);
				ReferenceCountUtil.release(refusal);
				super.write(context, envelope, promise);
				return;
			}
			super.write(context, message, promise);
		}

		/** The decoder's own answers: an empty body on a connection it closes. */
		private static boolean bodilessRefusal(FullHttpResponse response) {
			int status = response.status().code();
			return (status == 400 || status == 414 || status == 431) && !response.content().isReadable()
					&& !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
					&& response.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
		}

		private FullHttpResponse envelope(FullHttpResponse refusal) {
			HttpResponseStatus status = refusal.status();
			String requestId = UUID.randomUUID().toString();
			String code = switch (status.code()) {
				case 414 -> "URI_TOO_LONG";
				case 431 -> "HEADERS_TOO_LARGE";
				default -> "MALFORMED_REQUEST";
			};
			String message = switch (status.code()) {
				case 414 -> "the request line is too long";
				case 431 -> "the request's headers are too large";
				default -> "the request could not be read";
			};
			byte[] body = this.json
				.writeValueAsBytes(ErrorEnvelope.of(code, message, null, requestId, this.clock.instant(), Map.of()));
			FullHttpResponse envelope = new DefaultFullHttpResponse(refusal.protocolVersion(), status,
					Unpooled.wrappedBuffer(body));
			HttpHeaders headers = envelope.headers();
			headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
			headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
			headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
			headers.set(RequestIds.HEADER, requestId);
			SECURITY_HEADERS.forEach(headers::set);
			return envelope;
		}

	}

}
