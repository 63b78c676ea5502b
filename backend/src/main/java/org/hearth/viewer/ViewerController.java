package org.hearth.viewer;

import java.util.List;

import org.hearth.access.CurrentCaller;
import org.hearth.notification.Notification;
import org.hearth.notification.NotificationService;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

	private final ViewerService viewers;

	private final NotificationService notifications;

	private final CurrentCaller caller;

	ViewerController(ViewerService viewers, NotificationService notifications, CurrentCaller caller) {
		this.viewers = viewers;
		this.notifications = notifications;
		this.caller = caller;
	}

	@SchemaMapping
	List<Notification> notifications(Viewers.PractitionerViewer viewer) {
		return this.notifications.unread(this.caller.ofGraphQl());
	}

	@QueryMapping
	Object viewer() {
		return this.viewers.viewer(this.caller.ofGraphQl());
	}

}
