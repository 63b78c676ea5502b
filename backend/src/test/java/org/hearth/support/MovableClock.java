package org.hearth.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.hearth.system.ApplicationClock;

/**
 * The application's clock in the tests: the real time in the deployment's zone (and the demo's replayed days, as
 * {@link ApplicationClock} has them), which a test may move forward (by weeks, to see what falls overdue) and must
 * put back. {@link HearthIntegrationTests} puts it back after every test.
 */
public final class MovableClock extends ApplicationClock {

	private volatile Duration ahead = Duration.ZERO;

	public MovableClock(ZoneId zone) {
		super(zone);
	}

	/** Moves "now" forward, for every caller of the application, until {@link #reset}. */
	public void advance(Duration by) {
		this.ahead = this.ahead.plus(by);
	}

	/** Back to the real time. */
	public void reset() {
		this.ahead = Duration.ZERO;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock moved = new MovableClock(zone);
		moved.ahead = this.ahead;
		return moved;
	}

	@Override
	public Instant instant() {
		return super.instant().plus(this.ahead);
	}

}
