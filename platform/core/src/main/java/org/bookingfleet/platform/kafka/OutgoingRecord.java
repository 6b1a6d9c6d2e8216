package org.bookingfleet.platform.kafka;

import java.util.Map;

/**
 * A record to publish: topic, key (the aggregate id), the serialized event and its
 * headers.
 */
public record OutgoingRecord(String topic, String key, byte[] value, Map<String, String> headers, Object correlation) {

	/** The header naming a record's event type, so a consumer can pass it over unread. */
	public static final String TYPE_HEADER = "ce_type";

	/** The header carrying a record's event id. */
	public static final String ID_HEADER = "ce_id";

}
