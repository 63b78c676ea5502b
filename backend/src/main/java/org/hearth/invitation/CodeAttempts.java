package org.hearth.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of invitation codes: each client address may try at most
 * {@code hearth.invitations.max-failed-attempts} wrong codes within {@code hearth.invitations.attempt-window}; after
 * that it is told to wait until the oldest failure in the window has aged out. Kept in memory, per application
 * instance: a restart forgets it, and with several instances behind a load balancer each counts on its own. With 50
 * random bits in a code, valid for a week, that is still far too slow to find one by guessing.
 */
@Component
class CodeAttempts {

	/** Beyond this many addresses, the ones with nothing recent are dropped before counting a new one. */
	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final InvitationProperties properties;

	private final Clock clock;

	CodeAttempts(InvitationProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** True while this client has used up its wrong guesses for the current window. */
	boolean blocked(String client) {
		Deque<Instant> recent = this.failures.get(client);
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= this.properties.maxFailedAttempts();
		}
	}

	/** Counts one wrong code from this client. */
	void failed(String client) {
		if (this.failures.size() >= MAX_TRACKED) {
			forgetIdle();
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(client, key -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(this.clock.instant());
		}
	}

	/** Forgets every count (the tests, which all call from one address, start each case afresh). */
	void forgetAll() {
		this.failures.clear();
	}

	private void prune(Deque<Instant> recent) {
		Instant since = this.clock.instant().minus(this.properties.attemptWindow());
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
			recent.removeFirst();
		}
	}

	private void forgetIdle() {
		this.failures.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				prune(entry.getValue());
				return entry.getValue().isEmpty();
			}
		});
	}

}
