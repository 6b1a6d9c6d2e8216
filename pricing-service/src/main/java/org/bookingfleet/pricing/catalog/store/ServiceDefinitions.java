package org.bookingfleet.pricing.catalog.store;

import java.util.Map;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The catalog's service definitions. Every saved revision is announced on catalog.events in its transaction. */
@Repository
public class ServiceDefinitions {

    private final DatabaseClient database;
    private final Outbox outbox;
    private final TransactionalOperator transactions;

    ServiceDefinitions(DatabaseClient database, Outbox outbox, TransactionalOperator transactions) {
        this.database = database;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    public Flux<ServiceDefinition> active() {
        return database.sql("select " + ServiceRows.COLUMNS + " from service_definition where active order by business_id, id")
                .map((row, metadata) -> ServiceRows.read(row)).all();
    }

    public Mono<ServiceDefinition> find(String id) {
        return database.sql("select " + ServiceRows.COLUMNS + " from service_definition where id = :id")
                .bind("id", id).map((row, metadata) -> ServiceRows.read(row)).one();
    }

    /**
     * Stores a new service (revision 1, {@code ServiceDefined}) or the next revision of an existing one
     * ({@code ServiceChanged}); the revision is the catalog's, whatever the caller sent.
     */
    public Mono<ServiceDefinition> save(ServiceDefinition proposed) {
        return transactions.transactional(database
                .sql("select revision from service_definition where id = :id for update")
                .bind("id", proposed.id()).map((row, metadata) -> row.get("revision", Integer.class)).one()
                .map(current -> revised(proposed, current + 1))
                .flatMap(next -> update(next).thenReturn(next)
                        .flatMap(saved -> outbox.append(new ServiceChanged(snapshot(saved)), saved.id(), saved.revision())
                                .thenReturn(saved)))
                .switchIfEmpty(Mono.defer(() -> {
                    ServiceDefinition first = revised(proposed, 1);
                    return insert(first).then(outbox.append(new ServiceDefined(snapshot(first)), first.id(), 1))
                            .thenReturn(first);
                })));
    }

    /** Announces a seeded revision nobody has heard of yet; empty when it was announced already. */
    Mono<ServiceDefinition> announce(String id) {
        return transactions.transactional(database
                .sql("update service_definition set announced_revision = revision where id = :id "
                        + "and announced_revision < revision returning " + ServiceRows.COLUMNS)
                .bind("id", id).map((row, metadata) -> ServiceRows.read(row)).one()
                .flatMap(service -> outbox.append(new ServiceDefined(snapshot(service)), service.id(), service.revision())
                        .thenReturn(service)));
    }

    Flux<String> unannounced() {
        return database.sql("select id from service_definition where announced_revision < revision")
                .map((row, metadata) -> row.get("id", String.class)).all();
    }

    public static ServiceSnapshot snapshot(ServiceDefinition service) {
        return new ServiceSnapshot(service.id(), service.businessId(), service.name(), service.type().name(),
                (int) service.duration().toMinutes(), service.capacity(), (int) service.buffers().before().toMinutes(),
                (int) service.buffers().after().toMinutes(), (int) service.minimumNotice().toMinutes(),
                service.timeZone().getId(), service.currency().getCurrencyCode(), service.active());
    }

    private Mono<Long> insert(ServiceDefinition service) {
        Map<String, Object> columns = ServiceRows.columns(service);
        String names = String.join(", ", columns.keySet());
        String values = ":" + String.join(", :", columns.keySet());
        return bindAll(database.sql("insert into service_definition (" + names + ", announced_revision) values ("
                + values + ", :revision)"), columns).fetch().rowsUpdated();
    }

    private Mono<Long> update(ServiceDefinition service) {
        Map<String, Object> columns = ServiceRows.columns(service);
        String assignments = String.join(", ", columns.keySet().stream().filter(name -> !name.equals("id"))
                .map(name -> name + " = :" + name).toList());
        return bindAll(database.sql("update service_definition set " + assignments
                + ", announced_revision = :revision, updated_at = now() where id = :id"), columns).fetch().rowsUpdated();
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
