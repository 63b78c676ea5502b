package org.hearth.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The one clock every service reads "now" and "today" from: the real time, in the deployment's zone. The demo data
 * replays its families' histories through the services, each step on the day it happened ({@link #asOf}); that
 * shift holds only for the thread doing it, and only while it runs.
 */
public class ApplicationClock extends Clock {

	private final ZoneId zone;

	private final ThreadLocal<Duration> shift = new ThreadLocal<>();

	public ApplicationClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Runs the work with "now" moved to the given moment (time goes on from there while it runs). */
	public <T> T asOf(Instant moment, Supplier<T> work) {
		Duration before = this.shift.get();
		this.shift.set(Duration.between(Instant.now(), moment));
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				this.shift.remove();
			}
			else {
				this.shift.set(before);
			}
		}
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** The real time in another zone (a shift in progress does not carry over). */
	@Override
	public Clock withZone(ZoneId zone) {
		return new ApplicationClock(zone);
	}

	@Override
	public Instant instant() {
		Duration shifted = this.shift.get();
		return (shifted != null) ? Instant.now().plus(shifted) : Instant.now();
	}

}
