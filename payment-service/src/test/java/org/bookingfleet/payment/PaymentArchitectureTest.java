package org.bookingfleet.payment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PaymentArchitectureTest {

	private final JavaClasses service = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet.payment");

	@Test
	void theDomainKnowsNoSpringNoReactorNoDatabaseAndNoEventContracts() {
		noClasses().that()
			.resideInAnyPackage("org.bookingfleet.payment.money", "org.bookingfleet.payment.intent",
					"org.bookingfleet.payment.refund", "org.bookingfleet.payment.invoice",
					"org.bookingfleet.payment.webhook")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..",
					"tools.jackson..", "org.bookingfleet.events..", "org.bookingfleet.platform..")
			.because("payments, refunds, invoices and Stripe's events are decided by plain Java")
			.check(service);
	}

	@Test
	void theServiceNeverCallsTheSandbox() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.bookingfleet.sandbox..")
			.because("the sandbox is a development tool; the service talks to whatever Stripe configuration names")
			.check(service);
	}

}
