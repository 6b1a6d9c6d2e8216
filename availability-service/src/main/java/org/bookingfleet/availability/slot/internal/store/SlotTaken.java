package org.bookingfleet.availability.slot.internal.store;

import java.util.List;
import java.util.Map;

import org.bookingfleet.availability.slot.Slot;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** The 409 of a slot someone else has, with the nearest free ones instead. */
final class SlotTaken {

	private SlotTaken() {
	}

	static ApiException with(List<Slot> alternatives) {
		List<Map<String, Object>> offered = alternatives.stream()
			.map(slot -> Map.<String, Object>of("providerId", slot.providerId(), "start", slot.start().toString(),
					"end", slot.end().toString()))
			.toList();
		return new ApiException(HttpStatus.CONFLICT, "SLOT_TAKEN", "this slot is no longer free", "start",
				Map.of("alternatives", offered));
	}

}
