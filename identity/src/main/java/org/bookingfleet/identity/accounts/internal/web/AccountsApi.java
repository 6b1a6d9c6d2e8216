package org.bookingfleet.identity.accounts.internal.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bookingfleet.identity.accounts.Account;
import org.bookingfleet.identity.accounts.Invitation;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.bookingfleet.identity.accounts.internal.store.Invitations;
import org.bookingfleet.identity.accounts.internal.store.SignInRevocations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins manage accounts: list them by role, invite a provider, deactivate an account (it
 * can no longer sign in and its refresh tokens stop working) and reactivate it. An admin
 * cannot deactivate their own account.
 */
@RestController
@RequestMapping("/api/v2/accounts")
class AccountsApi {

	private static final Set<String> ROLES = Set.of("CLIENT", "PROVIDER", "ADMIN");

	private final Accounts accounts;

	private final Invitations invitations;

	private final SignInRevocations revocations;

	private final TransactionTemplate transactions;

	AccountsApi(Accounts accounts, Invitations invitations, SignInRevocations revocations,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.revocations = revocations;
		this.transactions = transactions;
	}

	@GetMapping
	List<AccountView> list(@RequestParam(required = false) String role) {
		String named = (role == null) ? null : role.strip().toUpperCase(Locale.ROOT);
		if (named != null && !ROLES.contains(named)) {
			throw ApiError.validation(Map.of("role", "give CLIENT, PROVIDER or ADMIN"));
		}
		return this.accounts.withRole(named).stream().map(AccountView::of).toList();
	}

	@GetMapping("/{id}")
	AccountView one(@PathVariable long id) {
		return AccountView.of(existing(id));
	}

	@PostMapping("/invitations")
	ResponseEntity<AccountView> invite(@RequestBody(required = false) Invitation invitation) {
		Invitation asked = (invitation != null) ? invitation : new Invitation(null, null, null, null);
		Map<String, String> problems = asked.problems();
		if (!problems.isEmpty()) {
			throw ApiError.validation(problems);
		}
		Invitations.Sent sent = this.invitations.invite(asked);
		return ResponseEntity.created(URI.create("/api/v2/accounts/" + sent.account().id()))
			.body(AccountView.of(sent.account()).invited(sent.linkExpiresAt(), sent.mailed()));
	}

	@PostMapping("/{id}/deactivation")
	AccountView deactivate(@PathVariable long id, @AuthenticationPrincipal Jwt admin) {
		Account account = existing(id);
		if (account.email().equals(Account.normalized(admin.getSubject()))) {
			throw new ApiError(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION",
					"an admin cannot deactivate their own account", null, Map.of());
		}
		this.transactions.executeWithoutResult(status -> {
			this.accounts.deactivate(id);
			this.revocations.revokeAllOf(account.email());
		});
		return AccountView.of(existing(id));
	}

	@PostMapping("/{id}/reactivation")
	AccountView reactivate(@PathVariable long id) {
		existing(id);
		this.accounts.reactivate(id);
		return AccountView.of(existing(id));
	}

	private Account existing(long id) {
		return this.accounts.byId(id).orElseThrow(() -> ApiError.notFound("no account " + id));
	}

}
