package org.hearth.notification;

import static org.hearth.db.jooq.Tables.NOTIFICATION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

	/** Enough for a screen; older unread ones stay in the table. */
	private static final int UNREAD_SHOWN = 100;

	private final DSLContext dsl;

	NotificationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The same notification for each practitioner, as one multi-row insert. */
	void insert(List<UUID> practitionerIds, UUID episodeId, String kind, String message, Instant createdAt) {
		if (practitionerIds.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(NOTIFICATION, NOTIFICATION.ID, NOTIFICATION.PRACTITIONER_ID,
				NOTIFICATION.EPISODE_ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE, NOTIFICATION.CREATED_AT,
				NOTIFICATION.NEXT_ATTEMPT_AT);
		for (UUID practitionerId : practitionerIds) {
			// Due for delivery at once (org.hearth.delivery sends it when a channel is configured).
			insert = insert.values(Ids.newId(), practitionerId, episodeId, kind, message, createdAt, createdAt);
		}
		insert.execute();
	}

	List<Notification> unread(UUID practitionerId) {
		return this.dsl.selectFrom(NOTIFICATION)
			.where(NOTIFICATION.PRACTITIONER_ID.eq(practitionerId))
			.and(NOTIFICATION.READ_AT.isNull())
			.orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
			.limit(UNREAD_SHOWN)
			.fetch(row -> new Notification(row.getId(), row.getEpisodeId(), row.getKind(), row.getMessage(),
					row.getCreatedAt(), row.getReadAt()));
	}

	/** Marks read those of the ids that are the practitioner's and still unread; others' ids change nothing. */
	void markRead(UUID practitionerId, Collection<UUID> ids, Instant readAt) {
		this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.READ_AT, readAt)
			.where(NOTIFICATION.ID.in(ids))
			.and(NOTIFICATION.PRACTITIONER_ID.eq(practitionerId))
			.and(NOTIFICATION.READ_AT.isNull())
			.execute();
	}

}
