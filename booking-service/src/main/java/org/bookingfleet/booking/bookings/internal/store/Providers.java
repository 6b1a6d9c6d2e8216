package org.bookingfleet.booking.bookings.internal.store;

import org.bookingfleet.booking.policy.ProviderTerms;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class Providers {

	private final DatabaseClient database;

	public Providers(DatabaseClient database) {
		this.database = database;
	}

	public Mono<ProviderTerms> termsOf(long providerId) {
		return database.sql("select approval_required, pay_at_appointment from provider_terms where provider_id = :id")
			.bind("id", providerId)
			.map((row, meta) -> new ProviderTerms(Boolean.TRUE.equals(row.get("approval_required", Boolean.class)),
					Boolean.TRUE.equals(row.get("pay_at_appointment", Boolean.class))))
			.one()
			.defaultIfEmpty(ProviderTerms.DEFAULT);
	}

	public Mono<Void> setTerms(long providerId, ProviderTerms terms) {
		return database
			.sql("""
					insert into provider_terms (provider_id, approval_required, pay_at_appointment) values (:id, :approval, :onSite)
					on conflict (provider_id) do update set approval_required = excluded.approval_required,
					    pay_at_appointment = excluded.pay_at_appointment
					""")
			.bind("id", providerId)
			.bind("approval", terms.approvalRequired())
			.bind("onSite", terms.payAtAppointment())
			.fetch()
			.rowsUpdated()
			.then();
	}

}
