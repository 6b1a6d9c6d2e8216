package org.bookingfleet.pricing.catalog.internal.store;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.pricing.catalog.Business;
import org.bookingfleet.pricing.catalog.DailyWindow;
import org.bookingfleet.pricing.catalog.PriceModel;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.ServiceHours;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The catalog's service definitions. Every saved revision is announced on catalog.events
 * in its transaction.
 */
@Repository
public class ServiceDefinitions {

	private static final DateTimeFormatter HOUR_AND_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	private final DatabaseClient database;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final Businesses businesses;

	private final TaxJurisdictions jurisdictions;

	ServiceDefinitions(DatabaseClient database, Outbox outbox, TransactionalOperator transactions,
			Businesses businesses, TaxJurisdictions jurisdictions) {
		this.database = database;
		this.outbox = outbox;
		this.transactions = transactions;
		this.businesses = businesses;
		this.jurisdictions = jurisdictions;
	}

	public Flux<ServiceDefinition> active() {
		return database
			.sql("select " + ServiceRows.COLUMNS + " from service_definition where active order by business_id, id")
			.map((row, metadata) -> ServiceRows.read(row))
			.all();
	}

	/** Every service, inactive ones too, as the admin's editor lists them. */
	public Flux<ServiceDefinition> all() {
		return database.sql("select " + ServiceRows.COLUMNS + " from service_definition order by business_id, id")
			.map((row, metadata) -> ServiceRows.read(row))
			.all();
	}

	/**
	 * Changes an existing service as {@code edit} decides from the service as stored,
	 * with its row locked: the next revision, announced as {@code ServiceChanged} in the
	 * same transaction. Empty when there is no such service.
	 */
	public Mono<ServiceDefinition> change(String id, UnaryOperator<ServiceDefinition> edit) {
		return transactions.transactional(
				database.sql("select " + ServiceRows.COLUMNS + " from service_definition where id = :id for update")
					.bind("id", id)
					.map((row, metadata) -> ServiceRows.read(row))
					.one()
					.map(current -> revised(edit.apply(current), current.revision() + 1))
					.flatMap(next -> update(next).then(describe(next))
						.flatMap(snapshot -> remember(snapshot)
							.then(outbox.append(new ServiceChanged(snapshot, (long) next.revision()))))
						.thenReturn(next)));
	}

	public Mono<ServiceDefinition> find(String id) {
		return database.sql("select " + ServiceRows.COLUMNS + " from service_definition where id = :id")
			.bind("id", id)
			.map((row, metadata) -> ServiceRows.read(row))
			.one();
	}

	/**
	 * Stores a new service (revision 1, {@code ServiceDefined}) or the next revision of
	 * an existing one ({@code ServiceChanged}); the revision is the catalog's, whatever
	 * the caller sent.
	 */
	public Mono<ServiceDefinition> save(ServiceDefinition proposed) {
		return transactions
			.transactional(database.sql("select revision from service_definition where id = :id for update")
				.bind("id", proposed.id())
				.map((row, metadata) -> row.get("revision", Integer.class))
				.one()
				.map(current -> revised(proposed, current + 1))
				.flatMap(next -> update(next).then(describe(next))
					.flatMap(snapshot -> remember(snapshot)
						.then(outbox.append(new ServiceChanged(snapshot, (long) next.revision()))))
					.thenReturn(next))
				.switchIfEmpty(Mono.defer(() -> {
					ServiceDefinition first = revised(proposed, 1);
					return insert(first).then(describe(first))
						.flatMap(snapshot -> remember(snapshot)
							.then(outbox.append(new ServiceDefined(snapshot, (long) first.revision()))))
						.thenReturn(first);
				})));
	}

	/**
	 * Announces a seeded revision nobody has heard of yet; empty when it was announced
	 * already.
	 */
	Mono<ServiceDefinition> announce(String id) {
		return transactions.transactional(database
			.sql("update service_definition set announced_revision = revision where id = :id "
					+ "and announced_revision < revision returning " + ServiceRows.COLUMNS)
			.bind("id", id)
			.map((row, metadata) -> ServiceRows.read(row))
			.one()
			.flatMap(service -> describe(service)
				.flatMap(snapshot -> remember(snapshot)
					.then(outbox.append(new ServiceDefined(snapshot, (long) service.revision()))))
				.thenReturn(service)));
	}

	Flux<String> unannounced() {
		return database.sql("select id from service_definition where announced_revision < revision")
			.map((row, metadata) -> row.get("id", String.class))
			.all();
	}

	/**
	 * Announced revisions whose snapshot, as this version of the catalog writes it, is
	 * not what was announced.
	 */
	Flux<ServiceDefinition> announcedDifferently() {
		return database
			.sql("select " + ServiceRows.COLUMNS + ", announced_snapshot from service_definition "
					+ "where announced_revision = revision order by id")
			.map((row, metadata) -> new Announced(ServiceRows.read(row), row.get("announced_snapshot", String.class)))
			.all()
			.concatMap(announced -> describe(announced.service())
				.filter(snapshot -> !snapshot.toString().equals(announced.snapshot()))
				.map(snapshot -> announced.service()));
	}

	/**
	 * Tells again what an announced revision is now known as ({@code ServiceChanged},
	 * same revision); empty when the revision moved on meanwhile or another instance told
	 * it first.
	 */
	Mono<ServiceDefinition> reannounce(ServiceDefinition service) {
		return describe(service).flatMap(described -> reannounce(service, described));
	}

	private Mono<ServiceDefinition> reannounce(ServiceDefinition service, ServiceSnapshot described) {
		String snapshot = described.toString();
		return transactions.transactional(database
			.sql("update service_definition set announced_snapshot = :snapshot where id = :id "
					+ "and revision = :revision and announced_revision = revision "
					+ "and announced_snapshot is distinct from :snapshot returning id")
			.bind("snapshot", snapshot)
			.bind("id", service.id())
			.bind("revision", service.revision())
			.map((row, metadata) -> row.get("id", String.class))
			.one()
			.flatMap(
					id -> outbox.append(new ServiceChanged(described, (long) service.revision())).thenReturn(service)));
	}

	private Mono<Long> remember(ServiceSnapshot announced) {
		return database.sql("update service_definition set announced_snapshot = :snapshot where id = :id")
			.bind("snapshot", announced.toString())
			.bind("id", announced.serviceId())
			.fetch()
			.rowsUpdated();
	}

	private record Announced(ServiceDefinition service, String snapshot) {
	}

	/**
	 * The snapshot with its business's profile and its tax, as catalog events carry it; a
	 * service of a business without a profile, or whose tax is unknown, goes without.
	 */
	Mono<ServiceSnapshot> describe(ServiceDefinition service) {
		return businesses.find(service.businessId())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.zipWith(jurisdictions.find(service.taxJurisdiction()).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.map(found -> snapshot(service, found.getT1().orElse(null), found.getT2().orElse(null)));
	}

	/**
	 * What other services learn of a service and of who sells it: the snapshot with the
	 * business's profile and the tax (its name and rate, none when it taxes nothing).
	 */
	public static ServiceSnapshot snapshot(ServiceDefinition service, Business business, TaxJurisdiction tax) {
		boolean taxed = tax != null && tax.taxesAnything();
		return snapshot(service).withBusiness(business == null ? null : Businesses.profile(business),
				taxed ? tax.name() : null, taxed ? tax.rate().value().toPlainString() : null);
	}

	/**
	 * What other services learn of a service: besides its length and buffers, the hours a
	 * start may fall in (the bookable window, after-hours included; null round the clock)
	 * and, for an hourly service, the lengths a customer may choose, so availability
	 * lists only the starts and lengths this catalog will price.
	 */
	public static ServiceSnapshot snapshot(ServiceDefinition service) {
		DailyWindow bookable = service.hours() instanceof ServiceHours.Windows windows ? windows.bookable() : null;
		PriceModel.Hourly hourly = service.priceModel() instanceof PriceModel.Hourly chosen ? chosen : null;
		return new ServiceSnapshot(service.id(), service.businessId(), service.name(), service.type().name(),
				(int) service.duration().toMinutes(), service.capacity(), (int) service.buffers().before().toMinutes(),
				(int) service.buffers().after().toMinutes(), (int) service.minimumNotice().toMinutes(),
				service.timeZone().getId(), service.currency().getCurrencyCode(), service.active(),
				bookable == null ? null : HOUR_AND_MINUTE.format(bookable.opens()),
				bookable == null ? null : HOUR_AND_MINUTE.format(bookable.closes()),
				hourly == null ? 0 : (int) hourly.minimum().toMinutes(),
				hourly == null ? 0 : (int) hourly.maximum().toMinutes(),
				hourly == null ? 0 : (int) hourly.increment().toMinutes());
	}

	private Mono<Long> insert(ServiceDefinition service) {
		Map<String, Object> columns = ServiceRows.columns(service);
		String names = String.join(", ", columns.keySet());
		String values = ":" + String.join(", :", columns.keySet());
		return bindAll(database.sql("insert into service_definition (" + names + ", announced_revision) values ("
				+ values + ", :revision)"), columns)
			.fetch()
			.rowsUpdated();
	}

	private Mono<Long> update(ServiceDefinition service) {
		Map<String, Object> columns = ServiceRows.columns(service);
		String assignments = String.join(", ",
				columns.keySet()
					.stream()
					.filter(name -> !name.equals("id"))
					.map(name -> name + " = :" + name)
					.toList());
		return bindAll(database.sql("update service_definition set " + assignments
				+ ", announced_revision = :revision, updated_at = now() where id = :id"), columns)
			.fetch()
			.rowsUpdated();
	}

	private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec,
			Map<String, Object> columns) {
		DatabaseClient.GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> column : columns.entrySet()) {
			bound = column.getValue() == null ? bound.bindNull(column.getKey(), ServiceRows.columnType(column.getKey()))
					: bound.bind(column.getKey(), column.getValue());
		}
		return bound;
	}

	private static ServiceDefinition revised(ServiceDefinition service, int revision) {
		return new ServiceDefinition(service.id(), service.businessId(), service.name(), service.description(),
				service.type(), service.duration(), service.capacity(), service.maxSigners(), service.maxDocuments(),
				service.priceModel(), service.depositRule(), service.serviceArea(), service.hours(), service.timeZone(),
				service.currency(), service.taxJurisdiction(), service.surcharges(), service.buffers(),
				service.minimumNotice(), revision, service.active());
	}

}
