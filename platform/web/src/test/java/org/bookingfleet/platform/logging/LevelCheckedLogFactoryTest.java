package org.bookingfleet.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/** Spring's logs, as Spring's code writes them, through the fleet's log factory. */
class LevelCheckedLogFactoryTest {

	@Test
	void aDebugMessageIsNotBuiltWhileDebugIsOff() {
		ListAppender<ILoggingEvent> printed = logbackAt("fleet.quiet", Level.INFO);
		AtomicInteger built = new AtomicInteger();
		Log log = LogFactory.getLog("fleet.quiet");

		log.debug(LogMessage.of(() -> "built " + built.incrementAndGet()));
		log.info(LogMessage.of(() -> "built " + built.incrementAndGet()));

		assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
		assertThat(built).hasValue(1);
		assertThat(printed.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("built 1");
	}

	@Test
	void aDebugMessageIsBuiltOnceAndPrintedWhileDebugIsOn() {
		ListAppender<ILoggingEvent> printed = logbackAt("fleet.talkative", Level.DEBUG);
		AtomicInteger built = new AtomicInteger();
		Log log = LogFactory.getLog("fleet.talkative");

		log.debug(LogMessage.of(() -> "built " + built.incrementAndGet()), new IllegalStateException("why"));

		assertThat(built).hasValue(1);
		assertThat(printed.list).singleElement().satisfies(line -> {
			assertThat(line.getFormattedMessage()).isEqualTo("built 1");
			assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(line.getThrowableProxy().getMessage()).isEqualTo("why");
		});
	}

	private static ListAppender<ILoggingEvent> logbackAt(String name, Level level) {
		Logger logger = (Logger) LoggerFactory.getLogger(name);
		logger.setLevel(level);
		ListAppender<ILoggingEvent> printed = new ListAppender<>();
		printed.start();
		logger.addAppender(printed);
		return printed;
	}

}
