package org.bookingfleet.integration.job.internal.store;

import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A job's parameters as a flat JSON object in a jsonb column. */
final class PayloadJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private PayloadJson() {
	}

	static Json write(Map<String, String> payload) {
		return Json.of(JSON.writeValueAsString(payload));
	}

	static Map<String, String> read(Json json) {
		return JSON.readValue(json.asString(), MAP);
	}

}
