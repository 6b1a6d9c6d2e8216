package org.bookingfleet.deploytests;

import java.io.IOException;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Reads Strimzi's (fabric8) models strictly. They keep unknown fields in an "additional
 * properties" map instead of failing; without that catch-all a field the model does not
 * define fails the read with its path.
 */
final class StrimziModel {

	private static final ObjectMapper STRICT = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.registerModule(new SimpleModule("no-catch-all").setDeserializerModifier(new BeanDeserializerModifier() {
			@Override
			public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
					BeanDeserializerBuilder builder) {
				builder.setAnySetter(null);
				return builder;
			}
		}));

	private StrimziModel() {
	}

	static <T> T read(String json, Class<T> type) throws IOException {
		return STRICT.readValue(json, type);
	}

}
