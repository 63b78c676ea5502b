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
	 * Notifications not delivered yet and made at or before the given moment. Nothing delivers notifications outside
	 * the app yet, so "not delivered" means "not read" ({@code read_at is null}); once delivery records when a row
	 * went out, this is the one condition to change.
	 */
	int undeliveredMadeUpTo(Instant until) {
		return this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.READ_AT.isNull().and(NOTIFICATION.CREATED_AT.le(until)));
	}

}
