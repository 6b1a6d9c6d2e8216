package org.bookingfleet.platform.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * How every application of the fleet reads JSON: a key written twice in one object is
 * refused instead of the last one silently winning, and a number or boolean where text is
 * expected is refused instead of turned into text ({@code {"customerName": 12345}} is not
 * the name "12345"). The error envelope answers both with 400 {@code VALIDATION_FAILED}.
 * Tests build the same reader with {@link #mapper()}.
 */
public final class StrictJson {

	private StrictJson() {
	}

	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual,
					text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/** A reader configured as the applications' own. */
	public static JsonMapper mapper() {
		return configure(JsonMapper.builder()).build();
	}

}
