package org.hearth.audit;

import static org.hearth.db.jooq.Tables.AUDIT_EVENT;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Appends audit events. There is deliberately no update or delete. */
@Repository
class AuditRepository {

	private final DSLContext dsl;

	AuditRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void append(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_KIND,
				AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.CHANNEL, AUDIT_EVENT.OPERATION,
				AUDIT_EVENT.FAMILY_ID, AUDIT_EVENT.EPISODE_ID, AUDIT_EVENT.DETAIL);
		for (AuditEvent event : events) {
			insert = insert.values(event.id(), event.occurredAt(), event.actorKind(), event.actorId(),
					event.actorName(), event.channel().name(), event.operation(), event.familyId(), event.episodeId(),
					event.detail());
		}
		insert.execute();
	}

}
