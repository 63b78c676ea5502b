package org.hearth.system;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The next human-readable reference of a kind this year, e.g. EH-2026-000123; numbers are never reused. */
@Service
public class ReferenceNumbers {

	private final ReferenceCounterRepository counters;

	private final Clock clock;

	ReferenceNumbers(ReferenceCounterRepository counters, Clock clock) {
		this.counters = counters;
		this.clock = clock;
	}

	/** Takes the next number under the counter's row lock, which the caller's transaction holds until it ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String kind) {
		int year = LocalDate.now(this.clock).getYear();
		return "%s-%d-%06d".formatted(kind, year, this.counters.next(kind, year));
	}

}
