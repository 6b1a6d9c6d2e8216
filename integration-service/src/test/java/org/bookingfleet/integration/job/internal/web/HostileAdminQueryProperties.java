package org.bookingfleet.integration.job.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.ErrorTranslation;

/**
 * The admin job routes take no body; what an admin's client sends is the status and
 * booking id they filter by and the job id they retry. Whatever text those hold, it is
 * read or refused with 400 naming it, never a 500.
 */
class HostileAdminQueryProperties {

	@Property(tries = 400)
	void aStatusFilterIsReadOrRefusedNamingIt(@ForAll("texts") String status) {
		readOrRefuse("status", () -> assertThat(JobAdminController.status(status)).isNotNull());
	}

	@Property(tries = 400)
	void aBookingOrJobIdIsReadOrRefusedNamingIt(@ForAll("texts") String id) {
		readOrRefuse("bookingId", () -> assertThat(JobAdminController.uuid("bookingId", id)).isNotNull());
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
				Arbitraries.strings().withChars("0123456789abcdefABCDEF-+").ofMaxLength(40),
				Arbitraries.of(JobStatus.values()).map(status -> status.name().toLowerCase()),
				Arbitraries.of("", " ", "DEAD ", "00000000-0000-0000-0000-000000000000", "1-1-1-1-1",
						"ffffffff-ffff-ffff-ffff-ffffffffffff0", "-1-1-1-1-1", "\u0000"));
	}

	private static void readOrRefuse(String field, Runnable read) {
		try {
			read.run();
		}
		catch (RuntimeException refused) {
			ApiException answer = ErrorTranslation.translate(refused);
			assertThat(answer.status().value()).as("answered %s", answer.status()).isEqualTo(400);
			assertThat(answer.field()).isEqualTo(field);
		}
	}

}
