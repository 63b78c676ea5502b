package org.hearth.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One audited access to a family's data.
 *
 * @param episodeReference the episode's reference when read back for the trail (not stored with the event)
 * @param changes for a write, each field it changed, before and after
 * @param subjectType for a write, the kind of record it changed (e.g. "Episode"); null for a read
 */
public record AuditEvent(UUID id, Instant occurredAt, String actorKind, @Nullable UUID actorId, String actorName,
		Channel channel, String operation, @Nullable UUID familyId, @Nullable UUID episodeId,
		@Nullable String detail, @Nullable String episodeReference, List<FieldChange> changes,
		@Nullable String subjectType) {

	/** A write changed data; every other event is a read. */
	public boolean isWrite() {
		return this.subjectType != null;
	}

	/** A field a write changed: its value before and after, as text (null: empty). */
	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

}
