package org.bookingfleet.payment.billing.internal.stripe;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.bookingfleet.payment.billing.intent.IntentAttempt;
import org.bookingfleet.payment.billing.stripe.StripeIntent;
import org.bookingfleet.payment.billing.stripe.StripeRefund;
import org.bookingfleet.payment.billing.stripe.StripeRefused;
import org.bookingfleet.payment.billing.stripe.StripeUnavailable;
import org.bookingfleet.payment.money.Money;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The calls the service makes to Stripe. stripe-java blocks, so each call runs on the
 * bounded elastic scheduler, under a timeout, retried on network errors, 409, 429 and 5xx
 * with the same idempotency key, behind a circuit breaker. Whatever still fails is left
 * to the work retried from the database.
 */
@Component
public class StripeGateway {

	private final StripeClient client;

	private final Duration timeout;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	public StripeGateway(StripeProperties properties) {
		int timeoutMillis = (int) properties.timeout().toMillis();
		this.client = StripeClient.builder()
			.setApiKey(properties.secretKey())
			.setApiBase(properties.apiBase())
			.setConnectTimeout(timeoutMillis)
			.setReadTimeout(timeoutMillis)
			.setMaxNetworkRetries(0)
			.build();
		this.timeout = properties.timeout().plusSeconds(1);
		this.retry = Retry.of("stripe",
				RetryConfig.custom()
					.maxAttempts(properties.attempts())
					.intervalFunction(IntervalFunction.ofExponentialBackoff(properties.firstBackoff(), 2.0))
					.retryOnException(StripeGateway::isTransient)
					.build());
		this.circuitBreaker = CircuitBreaker.of("stripe",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(20)
					.minimumNumberOfCalls(10)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(10))
					.recordException(StripeGateway::isTransient)
					.build());
	}

	public Mono<StripeIntent> createIntent(IntentAttempt attempt, Money amount, String description) {
		PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
			.setAmount(amount.cents())
			.setCurrency(amount.currencyCode().toLowerCase(java.util.Locale.ROOT))
			.addPaymentMethodType("card")
			.setDescription(description)
			.putMetadata("booking_id", attempt.bookingId().toString())
			.putMetadata("attempt", String.valueOf(attempt.number()))
			.build();
		RequestOptions options = RequestOptions.builder().setIdempotencyKey(attempt.idempotencyKey()).build();
		return call(() -> intent(client.v1().paymentIntents().create(params, options)));
	}

	public Mono<StripeIntent> cancelIntent(String paymentIntentId) {
		RequestOptions options = RequestOptions.builder().setIdempotencyKey("cancel-" + paymentIntentId).build();
		return call(() -> intent(client.v1()
			.paymentIntents()
			.cancel(paymentIntentId, com.stripe.param.PaymentIntentCancelParams.builder().build(), options)));
	}

	public Mono<StripeIntent> intent(String paymentIntentId) {
		return call(() -> intent(client.v1().paymentIntents().retrieve(paymentIntentId)));
	}

	public Mono<StripeRefund> refund(String paymentIntentId, long amountCents, String idempotencyKey, String reason) {
		RefundCreateParams.Builder params = RefundCreateParams.builder()
			.setPaymentIntent(paymentIntentId)
			.setAmount(amountCents)
			.setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER);
		if (reason != null) {
			params.putMetadata("reason", reason);
		}
		RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
		return call(() -> {
			Refund refund = client.v1().refunds().create(params.build(), options);
			return new StripeRefund(refund.getId(), refund.getStatus(), refund.getAmount());
		});
	}

	private <T> Mono<T> call(Callable<T> call) {
		return Mono.fromCallable(call)
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(timeout)
			.transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
			.transformDeferred(RetryOperator.of(retry))
			.onErrorMap(StripeGateway::translate);
	}

	private static StripeIntent intent(PaymentIntent intent) {
		com.stripe.model.StripeError error = intent.getLastPaymentError();
		String code = null;
		String message = null;
		if (error != null) {
			boolean specific = error.getDeclineCode() != null && !"generic_decline".equals(error.getDeclineCode());
			code = specific ? error.getDeclineCode() : error.getCode();
			message = error.getMessage();
		}
		long received = intent.getAmountReceived() == null ? 0 : intent.getAmountReceived();
		return new StripeIntent(intent.getId(), intent.getClientSecret(), intent.getStatus(), received, code, message);
	}

	static boolean isTransient(Throwable failure) {
		if (failure instanceof ApiConnectionException || failure instanceof TimeoutException) {
			return true;
		}
		if (failure instanceof StripeException stripe) {
			Integer status = stripe.getStatusCode();
			return status == null || status >= 500 || status == 409 || status == 429;
		}
		return false;
	}

	private static Throwable translate(Throwable failure) {
		if (failure instanceof StripeException stripe && !isTransient(failure)) {
			return new StripeRefused(stripe.getCode(), stripe.getMessage(), stripe);
		}
		if (failure instanceof CallNotPermittedException || isTransient(failure)) {
			return new StripeUnavailable("Stripe is unavailable: " + failure.getMessage(), failure);
		}
		return failure;
	}

}
