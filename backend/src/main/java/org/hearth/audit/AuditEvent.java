package org.hearth.audit;

import java.time.Instant;
import java.util.UUID;

import org.hearth.access.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One audited access to a family's data.
 *
 * @param episodeReference the episode's reference when read back for the trail (not stored with the event)
 */
public record AuditEvent(UUID id, Instant occurredAt, String actorKind, @Nullable UUID actorId, String actorName,
		Channel channel, String operation, @Nullable UUID familyId, @Nullable UUID episodeId,
		@Nullable String detail, @Nullable String episodeReference) {
}
