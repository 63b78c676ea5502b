package org.hearth.invitation;

import java.time.Clock;
import java.time.Instant;

import org.hearth.system.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing of invitation codes: each client address may try at most
 * {@code hearth.invitations.max-failed-attempts} wrong codes within {@code hearth.invitations.attempt-window}; after
 * that it is told to wait until the oldest failure in the window has aged out. Kept in the database (table
 * {@code invitation_code_attempt}), so every instance behind a load balancer counts the same wrong codes and a restart
 * forgets nothing. With 50 random bits in a code, valid for a week, that is far too slow to find one by guessing.
 * <p>
 * Each wrong code is written in a transaction of its own, committed at once: it counts even if the request's own
 * work is rolled back. Rows older than the window are deleted as new ones are written (in another short
 * transaction, whose failure, say a deadlock with another instance cleaning up, only leaves them for the next one).
 */
@Component
class CodeAttempts {

	private static final Logger log = LoggerFactory.getLogger(CodeAttempts.class);

	/** The column's width: an IPv6 address with a zone fits; anything longer is cut to it. */
	private static final int MAX_CLIENT_LENGTH = 64;

	private final InvitationProperties properties;

	private final Clock clock;

	private final CodeAttemptRepository attempts;

	private final TransactionTemplate ownTransaction;

	CodeAttempts(InvitationProperties properties, Clock clock, CodeAttemptRepository attempts,
			PlatformTransactionManager transactions) {
		this.properties = properties;
		this.clock = clock;
		this.attempts = attempts;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** True while this client has used up its wrong guesses for the current window. */
	boolean blocked(String client) {
		return this.attempts.countSince(column(client), windowStart()) >= this.properties.maxFailedAttempts();
	}

	/** Counts one wrong code from this client. */
	void failed(String client) {
		Instant now = this.clock.instant();
		this.ownTransaction.executeWithoutResult(status -> this.attempts.insert(Ids.newId(), column(client), now));
		try {
			this.ownTransaction.executeWithoutResult(status -> this.attempts.deleteUpTo(windowStart()));
		}
		catch (DataAccessException ex) {
			log.debug("Old invitation code attempts left for the next clean-up: {}", ex.getMessage());
		}
	}

	/** Forgets every count (the tests, which all call from one address, start each case afresh). */
	void forgetAll() {
		this.ownTransaction.executeWithoutResult(status -> this.attempts.deleteAll());
	}

	private static String column(String client) {
		return (client.length() > MAX_CLIENT_LENGTH) ? client.substring(0, MAX_CLIENT_LENGTH) : client;
	}

	/** Failures at this moment or before no longer count. */
	private Instant windowStart() {
		return this.clock.instant().minus(this.properties.attemptWindow());
	}

}
