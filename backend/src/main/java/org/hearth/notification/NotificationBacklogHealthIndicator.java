package org.hearth.notification;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health {@code notificationBacklog}, part of the readiness group (application.properties): OUT_OF_SERVICE while more
 * than {@code hearth.notifications.backlog-warning} notifications have waited to be sent for longer than
 * {@code hearth.notifications.backlog-age}, DOWN when they cannot be counted.
 */
@Component
class NotificationBacklogHealthIndicator extends AbstractHealthIndicator {

	private final NotificationBacklog backlog;

	NotificationBacklogHealthIndicator(NotificationBacklog backlog) {
		super("Notification backlog check failed");
		this.backlog = backlog;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int depth = this.backlog.depth();
		NotificationBacklogProperties properties = this.backlog.properties();
		builder.status((depth > properties.backlogWarning()) ? Status.OUT_OF_SERVICE : Status.UP)
			.withDetail("waiting", depth)
			.withDetail("delivering", this.backlog.delivering())
			.withDetail("olderThan", properties.backlogAge().toString())
			.withDetail("threshold", properties.backlogWarning());
	}

}
