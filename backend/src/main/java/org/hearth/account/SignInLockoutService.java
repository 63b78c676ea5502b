package org.hearth.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lockout rule. Each wrong password for an existing account adds one to its count of failed sign-ins; reaching
 * {@code hearth.sign-in.max-failures} locks the account for {@code hearth.sign-in.lock-duration}, during which even
 * the right password is refused (Spring Security checks the lock before the password). A successful sign-in clears
 * the count, and the first failure after a lock has run out starts a new count. A username that belongs to no
 * account is never counted or locked, so a lock tells nothing about names that do not exist.
 */
@Service
public class SignInLockoutService {

	private static final Logger log = LoggerFactory.getLogger(SignInLockoutService.class);

	private final AccountRepository accounts;

	private final AuditService audit;

	private final SignInProperties properties;

	private final Clock clock;

	SignInLockoutService(AccountRepository accounts, AuditService audit, SignInProperties properties, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** A wrong password (or an unknown username: Spring reports both alike) on the sign-in form. */
	@EventListener
	@Transactional
	public void signInFailed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			recordFailure(attempt.getName());
		}
	}

	/** A person signed in: their count starts again from nothing. */
	@EventListener
	@Transactional
	public void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof HearthUser user) {
			this.accounts.signedIn(user.accountId(), this.clock.instant());
		}
	}

	/** Counts one failed sign-in for the account with this username, if there is one, and locks it at the limit. */
	@Transactional
	public void recordFailure(String username) {
		Instant now = this.clock.instant();
		this.accounts.lockByUsername(username).ifPresent(account -> {
			if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
				return; // already locked: the lock runs its course and is not extended
			}
			// After a lock has run out, counting starts again.
			int failures = ((account.lockedUntil() != null) ? 0 : account.failedSignIns()) + 1;
			if (failures < this.properties.maxFailures()) {
				this.accounts.setFailures(account.id(), failures, null);
				return;
			}
			Instant until = now.plus(this.properties.lockDuration());
			this.accounts.setFailures(account.id(), failures, until);
			UUID familyId = (account.personId() != null) ? this.accounts.familyOf(account.personId()).orElse(null)
					: null;
			this.audit.record(new Caller.SystemCaller(),
					"locked sign-in of %s after %d failed attempts".formatted(shorten(account.username()), failures),
					familyId, null);
			log.warn("Account {} locked until {} after {} failed sign-ins", account.id(), until, failures);
		});
	}

	private static String shorten(String username) {
		return (username.length() <= 40) ? username : username.substring(0, 39) + "…";
	}

}
