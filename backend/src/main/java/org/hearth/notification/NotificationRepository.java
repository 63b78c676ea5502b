package org.hearth.notification;

import static org.hearth.db.jooq.Tables.NOTIFICATION;

import java.util.List;
import java.util.UUID;

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

	void insert(UUID practitionerId, Notification notification) {
		this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ID, notification.id())
			.set(NOTIFICATION.PRACTITIONER_ID, practitionerId)
			.set(NOTIFICATION.EPISODE_ID, notification.episodeId())
			.set(NOTIFICATION.KIND, notification.kind())
			.set(NOTIFICATION.MESSAGE, notification.message())
			.set(NOTIFICATION.CREATED_AT, notification.createdAt())
			.execute();
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

}
