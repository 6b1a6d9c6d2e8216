package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.audit.Origin;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The append-only audit log; the table refuses updates and deletes itself. */
@Repository
public class AuditTrail {

	private final DatabaseClient database;

	public AuditTrail(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> append(AuditEntry entry) {
		GenericExecuteSpec spec = database
			.sql("""
					insert into booking_audit (booking_id, action, from_status, to_status, actor_type, actor_id, ip, user_agent,
					    request_id, changes, occurred_at)
					values (:booking, :action, :from, :to, :actorType, :actorId, :ip, :agent, :requestId, :changes, :at)
					""")
			.bind("booking", entry.bookingId())
			.bind("action", entry.action())
			.bind("actorType", entry.origin().actorType())
			.bind("changes", entry.changes())
			.bind("at", entry.occurredAt());
		spec = text(spec, "from", entry.fromStatus());
		spec = text(spec, "to", entry.toStatus());
		spec = text(spec, "actorId", entry.origin().actorId());
		spec = text(spec, "ip", entry.origin().ip());
		spec = text(spec, "agent", entry.origin().userAgent());
		spec = text(spec, "requestId", entry.origin().requestId());
		return spec.fetch().rowsUpdated().then();
	}

	public Flux<AuditEntry> of(UUID bookingId) {
		return database.sql("select * from booking_audit where booking_id = :booking order by id")
			.bind("booking", bookingId)
			.map((row, meta) -> new AuditEntry(row.get("booking_id", UUID.class), row.get("action", String.class),
					row.get("from_status", String.class), row.get("to_status", String.class),
					new Origin(row.get("actor_type", String.class), row.get("actor_id", String.class),
							row.get("ip", String.class), row.get("user_agent", String.class),
							row.get("request_id", String.class)),
					row.get("changes", String.class), row.get("occurred_at", Instant.class)))
			.all();
	}

	private static GenericExecuteSpec text(GenericExecuteSpec spec, String name, String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
	}

}
