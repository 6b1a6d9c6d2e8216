package org.bookingfleet.testsupport.sample;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class LedgerController {

	private final Ledger ledger;

	LedgerController(Ledger ledger) {
		this.ledger = ledger;
	}

	record EntryRequest(String account, String note, int amountCents) {
	}

	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, UUID>> record(@RequestBody EntryRequest request) {
		return this.ledger.record(request.account(), request.note(), false).map(id -> Map.of("id", id));
	}

}
