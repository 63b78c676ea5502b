package org.hearth.audit;

import java.time.LocalDate;

import org.hearth.access.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a family's audit trail: each criterion left null matches every event.
 *
 * @param channel only events that reached Hearth this way
 * @param actorKind only events by this kind of caller: PRACTITIONER, FAMILY_MEMBER, PARTNER or SYSTEM
 * @param access only reads, or only writes
 * @param from only events on or after this day (the deployment's time zone)
 * @param to only events on or before this day (the deployment's time zone)
 */
public record AuditFilter(@Nullable Channel channel, @Nullable String actorKind, @Nullable Access access,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

	/** Reads (someone saw the data) or writes (someone changed it). */
	public enum Access {

		READ, WRITE

	}

}
