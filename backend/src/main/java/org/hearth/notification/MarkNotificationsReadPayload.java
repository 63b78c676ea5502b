package org.hearth.notification;

import java.util.List;

import org.hearth.graphql.UserError;

/** The answer to {@code markNotificationsRead}: what is still unread. */
public record MarkNotificationsReadPayload(List<Notification> unread, List<UserError> errors) {

	static MarkNotificationsReadPayload of(List<Notification> unread) {
		return new MarkNotificationsReadPayload(unread, List.of());
	}

}
