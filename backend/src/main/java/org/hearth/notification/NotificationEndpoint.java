package org.hearth.notification;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.NonNull;

/**
 * The app's notifications: the same use cases as GraphQL's {@code viewer.notifications} and
 * {@code markNotificationsRead}, through the same service.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class NotificationEndpoint {

	private final NotificationService notifications;

	private final CurrentCaller caller;

	NotificationEndpoint(NotificationService notifications, CurrentCaller caller) {
		this.notifications = notifications;
		this.caller = caller;
	}

	/** The signed-in practitioner's unread notifications, newest first. */
	public @NonNull List<@NonNull Notification> unread() {
		return AppCalls.refusingPlainly(() -> this.notifications.unread(this.caller.ofSpa()));
	}

	public @NonNull MarkNotificationsReadPayload markNotificationsRead(@NonNull MarkNotificationsReadInput input) {
		return AppCalls.refusingPlainly(
				() -> MarkNotificationsReadPayload.of(this.notifications.markRead(this.caller.ofSpa(), input)));
	}

}
