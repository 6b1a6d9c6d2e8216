package org.bookingfleet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.resource.NoResourceFoundException;

class ErrorTranslationTest {

	@Test
	void databaseRefusingANulCharacterIsTheClientsValidationError() {
		RuntimeException failure = new IllegalStateException("query failed",
				new DatabaseFailure("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

		ApiException error = ErrorTranslation.translate(failure);

		assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.code()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void aValueTheDatabaseCannotTakeIsTheSendersValidationError() {
		for (String state : new String[] { "22001", "54000", "22003", "22P02", "22P05", "22007", "22008" }) {
			ApiException error = ErrorTranslation
				.translate(new IllegalStateException("insert failed", new DatabaseFailure("refused", state)));

			assertThat(error.status()).as(state).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(error.code()).as(state).isEqualTo("VALIDATION_FAILED");
		}
	}

	@Test
	void otherDatabaseFailuresStayOurs() {
		ApiException error = ErrorTranslation.translate(new DatabaseFailure("deadlock detected", "40P01"));

		assertThat(error.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@Test
	void aRefusalWrappedOnItsWayOutKeepsItsStatus() {
		ApiException error = ErrorTranslation
			.translate(new IllegalStateException("read failed", ApiException.validation("body", "is bad")));

		assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.field()).isEqualTo("body");
	}

	@Test
	void anUnknownPathIsNotFoundWithoutTheRequestsUrl() {
		ApiException error = ErrorTranslation.translate(new NoResourceFoundException(
				URI.create("http://internal-host:8083/actuator/nothing"), "actuator/nothing"));

		assertThat(error.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(error.code()).isEqualTo("NOT_FOUND");
		assertThat(error.getMessage()).doesNotContain("internal-host", "http", "static resource");
	}

	/** Shaped like a driver's exception: its SQLSTATE read by {@code getSqlState()}. */
	public static class DatabaseFailure extends RuntimeException {

		private final String sqlState;

		DatabaseFailure(String message, String sqlState) {
			super(message);
			this.sqlState = sqlState;
		}

		public String getSqlState() {
			return this.sqlState;
		}

	}

}
