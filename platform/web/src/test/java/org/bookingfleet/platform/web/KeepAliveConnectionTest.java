package org.bookingfleet.platform.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP server every service runs on answers each request of a kept-alive connection.
 * Reactor Netty 1.3.6 did not: a request that arrived while the answer before it was
 * still being finished on another thread (a database answer, then a quick 401) was
 * queued, and the connection stopped reading after it, so the next request on that
 * connection never got an answer. That was the request that "stalled for 30 s" about once
 * per build. The fleet pins a Reactor Netty that keeps reading; this test fails on one
 * that does not.
 */
class KeepAliveConnectionTest {

	private DisposableServer server;

	@BeforeEach
	void start() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request,
					response) -> response.sendString(request.uri().equals("/answered-later")
							? Mono.delay(Duration.ofMillis(50)).thenReturn("ok") : Mono.just("ok")))
			.bindNow();
	}

	@AfterEach
	void stop() {
		this.server.disposeNow();
	}

	@Test
	void aRequestAfterOneQueuedBehindAnUnfinishedAnswerIsAnswered() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();

			send(out,
					"GET /answered-later HTTP/1.1\r\nHost: fleet\r\n\r\nGET /answered-at-once HTTP/1.1\r\nHost: fleet\r\n\r\n");
			assertThat(answers(in, 2)).isEqualTo(2);
			send(out, "GET /the-next-one HTTP/1.1\r\nHost: fleet\r\n\r\n");
			assertThat(answers(in, 1)).as("the request after the queued one is answered").isEqualTo(1);
		}
	}

	private static void send(OutputStream out, String requests) throws IOException {
		out.write(requests.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/**
	 * Reads answers whose body is {@code ok}; a connection that stops answering ends the
	 * read with the socket's timeout.
	 */
	private static int answers(InputStream in, int expected) throws IOException {
		StringBuilder text = new StringBuilder();
		int answers = 0;
		while (answers < expected) {
			int next = in.read();
			if (next < 0) {
				throw new EOFException("the server closed the connection after " + answers + " answers");
			}
			text.append((char) next);
			if (text.toString().endsWith("\r\n\r\nok")) {
				answers++;
				text.setLength(0);
			}
		}
		return answers;
	}

}
