package org.bookingfleet.pricing.promo.internal.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.DateHorizon;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;
import org.bookingfleet.pricing.promo.internal.store.PromoCodes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Admins create, list, change and deactivate promo codes and read how often each was
 * redeemed.
 */
@RestController
class AdminPromoCodeController {

	private final PromoCodes promoCodes;

	private final Callers callers;

	private final Clock clock;

	AdminPromoCodeController(PromoCodes promoCodes, Callers callers, Clock clock) {
		this.promoCodes = promoCodes;
		this.callers = callers;
		this.clock = clock;
	}

	@PostMapping("/api/v2/promo-codes")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<PromoCodeView> create(@RequestBody PromoCodeBody body, ServerWebExchange exchange) {
		return admin(exchange).map(admin -> promoCode(body, clock.instant()))
			.flatMap(promo -> promoCodes.create(promo)
				.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.CONFLICT, "PROMO_CODE_TAKEN",
						"promo code " + promo.code() + " exists already", "code", Map.of()))))
			.flatMap(promo -> promoCodes.usage(promo.code(), Optional.empty())
				.map(usage -> PromoCodeView.of(promo, usage)));
	}

	@GetMapping("/api/v2/promo-codes/{code}")
	Mono<PromoCodeView> read(@PathVariable String code, ServerWebExchange exchange) {
		return admin(exchange).flatMap(admin -> promoCodes.find(code))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("promo code " + code)))
			.flatMap(promo -> promoCodes.usage(promo.code(), Optional.empty())
				.map(usage -> PromoCodeView.of(promo, usage)));
	}

	/**
	 * A page of codes in code order, all or only the active ({@code active=true}) or
	 * inactive ones, all or only those that apply to {@code serviceId}.
	 */
	@GetMapping("/api/v2/promo-codes")
	Mono<Page> list(@RequestParam(required = false) Boolean active, @RequestParam(required = false) String serviceId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			ServerWebExchange exchange) {
		return admin(exchange).flatMap(admin -> {
			if (page < 0 || size < 1 || size > PromoCodes.MAX_PAGE_SIZE) {
				return Mono
					.error(ApiException.validation("size", "page from 0, size from 1 to " + PromoCodes.MAX_PAGE_SIZE));
			}
			return promoCodes
				.list(Optional.ofNullable(active), Optional.ofNullable(serviceId).filter(id -> !id.isBlank()), page,
						size)
				.map(listed -> PromoCodeView.of(listed.promo(), listed.usage()))
				.collectList()
				.map(codes -> new Page(codes, page, size));
		});
	}

	/**
	 * Changes a code's terms (all of them, as on creation: a limit left out is no limit)
	 * and, when {@code active} is given, deactivates or reactivates it. Quotes given
	 * before keep their price; a total limit below the redemptions counted is refused.
	 */
	@PutMapping("/api/v2/promo-codes/{code}")
	Mono<PromoCodeView> change(@PathVariable String code, @RequestBody PromoCodeBody body, ServerWebExchange exchange) {
		return admin(exchange).map(admin -> changed(code, body, clock.instant()))
			.flatMap(proposed -> promoCodes.change(code, (current, usage) -> {
				if (proposed.totalLimit().isPresent() && proposed.totalLimit().getAsLong() < usage.redeemedInTotal()) {
					throw ApiException.validation("totalLimit",
							"the code was redeemed " + usage.redeemedInTotal() + " times already");
				}
				return body.active() == null ? withActive(proposed, current.active()) : proposed;
			}))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("promo code " + code)))
			.flatMap(promo -> promoCodes.usage(promo.code(), Optional.empty())
				.map(usage -> PromoCodeView.of(promo, usage)));
	}

	/** One page of the admin's list of codes. */
	record Page(List<PromoCodeView> promoCodes, int page, int size) {
	}

	private Mono<Caller> admin(ServerWebExchange exchange) {
		return callers.signedIn(exchange)
			.filter(Caller::isAdmin)
			.switchIfEmpty(Mono.error(() -> ApiException.forbidden("only admins manage promo codes")));
	}

	/**
	 * The code an admin described, or a 400 naming the first bad field; its window lies
	 * within the date horizon.
	 */
	static PromoCode promoCode(PromoCodeBody body, Instant now) {
		if (body == null || body.code() == null || body.code().isBlank()) {
			throw ApiException.validation("code", "code is required");
		}
		if ((body.percentOff() == null) == (body.amountOffCents() == null)) {
			throw ApiException.validation("percentOff", "give either percentOff or amountOffCents");
		}
		if (body.validFrom() == null || body.validUntil() == null) {
			throw ApiException.validation(body.validFrom() == null ? "validFrom" : "validUntil",
					"the window is required");
		}
		DateHorizon.window("validFrom", body.validFrom(), "validUntil", body.validUntil(), now);
		if ((body.amountOffCents() != null || body.minimumSubtotalCents() != null) && body.currency() == null) {
			throw ApiException.validation("currency", "an amount needs its currency");
		}
		try {
			PromoDiscount discount = body.percentOff() != null
					? new PromoDiscount.PercentOff(new Percentage(body.percentOff()))
					: new PromoDiscount.AmountOff(Money.of(body.amountOffCents(), body.currency()));
			return new PromoCode(body.code(), discount, body.validFrom(), body.validUntil(),
					Optional.ofNullable(body.minimumSubtotalCents()).map(cents -> Money.of(cents, body.currency())),
					body.serviceIds() == null ? Set.of() : Set.copyOf(body.serviceIds()),
					limit("totalLimit", body.totalLimit()), limit("perCustomerLimit", body.perCustomerLimit()), 1,
					body.active() == null || body.active());
		}
		catch (IllegalArgumentException | DateTimeException invalid) {
			throw ApiException.validation("code", invalid.getMessage());
		}
	}

	/**
	 * The terms an admin gave for an existing code; the code in the body, if any, is the
	 * one in the address.
	 */
	static PromoCode changed(String code, PromoCodeBody body, Instant now) {
		if (body == null) {
			throw ApiException.validation("body", "the code's terms are required");
		}
		if (body.code() != null && !PromoCode.normalise(body.code()).equals(PromoCode.normalise(code))) {
			throw ApiException.validation("code", "a code keeps its name; create a new code instead");
		}
		return promoCode(new PromoCodeBody(code, body.percentOff(), body.amountOffCents(), body.currency(),
				body.validFrom(), body.validUntil(), body.minimumSubtotalCents(), body.serviceIds(), body.totalLimit(),
				body.perCustomerLimit(), body.active()), now);
	}

	private static PromoCode withActive(PromoCode promo, boolean active) {
		return new PromoCode(promo.code(), promo.discount(), promo.validFrom(), promo.validUntil(),
				promo.minimumSubtotal(), promo.serviceIds(), promo.totalLimit(), promo.perCustomerLimit(),
				promo.revision(), active);
	}

	private static OptionalLong limit(String field, Long value) {
		if (value != null && value < 0) {
			throw ApiException.validation(field, "limits are not negative");
		}
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}

}
