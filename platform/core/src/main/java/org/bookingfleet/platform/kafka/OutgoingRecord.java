package org.bookingfleet.platform.kafka;

import java.util.Map;

/**
 * A record to publish: topic, key (the aggregate id), the serialized event and its
 * headers.
 */
public record OutgoingRecord(String topic, String key, byte[] value, Map<String, String> headers, Object correlation) {
}
