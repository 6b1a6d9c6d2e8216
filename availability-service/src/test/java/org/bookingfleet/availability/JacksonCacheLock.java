package org.bookingfleet.availability;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Jackson builds the deserializer of a type once, under a short lock; when many first requests arrive at once
 * they wait on it for microseconds. That is not blocking I/O, so BlockHound lets it pass.
 */
public class JacksonCacheLock implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                "_createAndCacheValueDeserializer");
    }
}
