package org.hearth.notification;

import static org.hearth.db.jooq.Tables.NOTIFICATION;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The one query behind the backlog's health and gauge (index notification_unread_ix, V0033). */
@Repository
class NotificationBacklogRepository {

	private final DSLContext dsl;

	NotificationBacklogRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Notifications waiting to be sent since at or before the given moment: not delivered, not given up
	 * ({@code failed_at}), and due for an attempt by then ({@code next_attempt_at}, set when written and after each
	 * failed try; see org.hearth.delivery).
	 */
	int waitingSince(Instant until) {
		return this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.DELIVERED_AT.isNull()
			.and(NOTIFICATION.FAILED_AT.isNull())
			.and(NOTIFICATION.NEXT_ATTEMPT_AT.le(until)));
	}

}
