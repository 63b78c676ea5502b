package org.hearth.notification;

import org.hearth.access.CurrentCaller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class NotificationController {

	private final NotificationService notifications;

	private final CurrentCaller caller;

	NotificationController(NotificationService notifications, CurrentCaller caller) {
		this.notifications = notifications;
		this.caller = caller;
	}

	@MutationMapping
	MarkNotificationsReadPayload markNotificationsRead(@Argument MarkNotificationsReadInput input) {
		return MarkNotificationsReadPayload.of(this.notifications.markRead(this.caller.ofGraphQl(), input));
	}

}
