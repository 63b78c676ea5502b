package org.hearth.notification;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The notification outbox's depth: notifications waiting to be sent for longer than
 * {@code hearth.notifications.backlog-age} (none while {@code hearth.delivery.channel} is {@code none}: nothing is
 * sent, so nothing waits). Read by the readiness health
 * indicator ({@link NotificationBacklogHealthIndicator}) and published as the gauge
 * {@code hearth.notifications.backlog} ({@code hearth_notifications_backlog} in Prometheus). One count is reused for
 * {@code hearth.notifications.backlog-refresh}, so frequent probes and scrapes cost one query between them.
 */
@Component
class NotificationBacklog implements MeterBinder {

	static final String GAUGE = "hearth.notifications.backlog";

	private final NotificationBacklogRepository notifications;

	private final NotificationBacklogProperties properties;

	private final Clock clock;

	private @Nullable Count last;

	private record Count(int depth, Instant at) {
	}

	/** False when nothing delivers notifications ({@code hearth.delivery.channel=none}): then nothing waits. */
	private final boolean delivering;

	NotificationBacklog(NotificationBacklogRepository notifications, NotificationBacklogProperties properties,
			Clock clock, @Value("${hearth.delivery.channel:none}") String channel) {
		this.notifications = notifications;
		this.delivering = !"none".equalsIgnoreCase(channel.strip());
		this.properties = properties;
		this.clock = clock;
	}

	/** The backlog now, or as counted less than the refresh period ago. A database failure is thrown. */
	synchronized int depth() {
		Instant now = this.clock.instant();
		Count count = this.last;
		if (count == null || !now.isBefore(count.at().plus(this.properties.backlogRefresh()))
				|| now.isBefore(count.at())) {
			count = new Count(
					this.delivering ? this.notifications.waitingSince(now.minus(this.properties.backlogAge())) : 0, now);
			this.last = count;
		}
		return count.depth();
	}

	boolean delivering() {
		return this.delivering;
	}

	NotificationBacklogProperties properties() {
		return this.properties;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(GAUGE, this, NotificationBacklog::depthOrNaN)
			.description("Undelivered notifications older than hearth.notifications.backlog-age")
			.strongReference(true)
			.register(registry);
	}

	/** For the gauge: a scrape while the database is unreachable shows no value rather than failing. */
	private double depthOrNaN() {
		try {
			return depth();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
