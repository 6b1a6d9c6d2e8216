package org.bookingfleet.platform.consumer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.EventKeys;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * What one consumer of a service listens to, declared as a bean: <pre>
 * EventSubscription.named("saga").on(SlotReserved.class, (event, envelope) -> bookings.slotReserved(event))
 * </pre> A durable subscription applies each event once, in the transaction that records
 * its id. A {@link #perInstance() per-instance} one (live views) gets every event on
 * every instance, from the moment it starts.
 */
public final class EventSubscription {

	private final String name;

	private final boolean perInstance;

	private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

	private final Set<String> topics = new LinkedHashSet<>();

	private EventSubscription(String name, boolean perInstance) {
		this.name = name;
		this.perInstance = perInstance;
	}

	public static EventSubscription named(String name) {
		return new EventSubscription(name, false);
	}

	/** Every instance sees every event; nothing is recorded, nothing is replayed. */
	public EventSubscription perInstance() {
		EventSubscription copy = new EventSubscription(this.name, true);
		copy.handlers.putAll(this.handlers);
		copy.topics.addAll(this.topics);
		return copy;
	}

	public <T> EventSubscription on(Class<T> contract, BiFunction<T, EventEnvelope, Mono<Void>> handler) {
		return on(contract, (String) null, handler);
	}

	/**
	 * Events of this type that {@code concern} finds concern this consumer, a read of its
	 * own tables before any transaction; the others are passed over with no transaction
	 * and nothing recorded. Only for a handler that would change nothing for an event the
	 * read turns down: one passed over and delivered again is read again.
	 */
	public <T> EventSubscription on(Class<T> contract, Concern<T> concern,
			BiFunction<T, EventEnvelope, Mono<Void>> handler) {
		return add(contract, null, concern, handler);
	}

	/**
	 * Events of this type are applied in the order of the component {@code orderedBy}
	 * names (the booking they concern, say, as a contract names its key) instead of their
	 * record's key: events of one key (one provider's slots) that concern different
	 * bookings are then applied side by side. Use it only when this consumer needs no
	 * order across them. A name that is no component of the contract fails here.
	 */
	public <T> EventSubscription on(Class<T> contract, String orderedBy,
			BiFunction<T, EventEnvelope, Mono<Void>> handler) {
		return on(contract, orderedBy, null, handler);
	}

	/**
	 * Events of this type that {@code wanted} accepts; the others are passed over before
	 * any transaction, as events of a type the subscription does not handle are (nothing
	 * is recorded for them).
	 */
	public <T> EventSubscription on(Class<T> contract, String orderedBy, Predicate<T> wanted,
			BiFunction<T, EventEnvelope, Mono<Void>> handler) {
		return add(contract, orderedBy, (wanted != null) ? event -> answer(wanted.test(event)) : null, handler);
	}

	private <T> EventSubscription add(Class<T> contract, String orderedBy, Concern<T> concern,
			BiFunction<T, EventEnvelope, Mono<Void>> handler) {
		String orderPointer = null;
		if (orderedBy != null) {
			EventKeys.requirePath(contract, orderedBy);
			orderPointer = "/" + orderedBy.replace('.', '/');
		}
		EventContract annotation = EventCodec.contractOf(contract);
		this.handlers.put(annotation.type(), new Handler<>(contract, orderPointer, concern, handler));
		this.topics.add(annotation.topic());
		return this;
	}

	public String name() {
		return this.name;
	}

	public boolean isPerInstance() {
		return this.perInstance;
	}

	public Set<String> topics() {
		return Set.copyOf(this.topics);
	}

	/** Whether this subscription listens to the topic. */
	boolean follows(String topic) {
		return this.topics.contains(topic);
	}

	/**
	 * Whether this subscription handles events of the type: one it does not is passed
	 * over unread when its record names its type.
	 */
	public boolean handles(String type) {
		return this.handlers.containsKey(type);
	}

	/**
	 * Applying the event, its data decoded once: empty when the subscription does not
	 * handle its type; one it does not want or that does not concern it is passed over
	 * before any transaction.
	 */
	public Optional<Application> application(EventEnvelope envelope) {
		Handler<?> handler = this.handlers.get(envelope.type());
		return (handler != null) ? handler.application(envelope) : Optional.empty();
	}

	/**
	 * What the event is applied in the order of: the component its handler names, else
	 * (or when the event lacks it) the record's key.
	 */
	String orderOf(EventEnvelope envelope, String recordKey) {
		Handler<?> handler = this.handlers.get(envelope.type());
		return (handler != null) ? handler.orderOf(envelope, recordKey) : recordKey;
	}

	/**
	 * Whether an event concerns a consumer, read from the consumer's own tables outside
	 * any transaction.
	 */
	@FunctionalInterface
	public interface Concern<T> {

		Mono<Boolean> of(T event);

	}

	/**
	 * An event a subscription applies: first whether it concerns the consumer (true
	 * unless the subscription declared a {@link Concern}), then its effect.
	 */
	public record Application(Mono<Boolean> concerned, Mono<Void> effect) {

		private static final Mono<Boolean> YES = Mono.just(true);

		private static final Mono<Boolean> NO = Mono.just(false);

	}

	private static Mono<Boolean> answer(boolean yes) {
		return yes ? Application.YES : Application.NO;
	}

	/**
	 * @param orderPointer where the component the event is ordered by sits in its data (a
	 * JSON pointer); null: the record's key orders it
	 * @param concern which events of the type it applies (its wanted ones, or those its
	 * read finds concern it), asked before any transaction; null: all
	 */
	private record Handler<T>(Class<T> contract, String orderPointer, Concern<T> concern,
			BiFunction<T, EventEnvelope, Mono<Void>> function) {

		Optional<Application> application(EventEnvelope envelope) {
			T data = EventCodec.data(envelope, this.contract);
			Mono<Boolean> concerned = (this.concern != null) ? Mono.defer(() -> this.concern.of(data))
					: Application.YES;
			return Optional.of(new Application(concerned, Mono.defer(() -> this.function.apply(data, envelope))));
		}

		String orderOf(EventEnvelope envelope, String recordKey) {
			if (this.orderPointer == null) {
				return recordKey;
			}
			JsonNode order = envelope.data().at(this.orderPointer);
			return (order.isMissingNode() || order.isNull()) ? recordKey : order.asString();
		}

	}

}
