package org.hearth.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A Team Around the Family meeting, scheduled and then (once held) recorded, or called off. */
public record Meeting(UUID id, UUID episodeId, MeetingKind kind, Instant scheduledFor, @Nullable LocalDate heldOn,
		@Nullable Boolean familyAttended, @Nullable String notes, @Nullable Instant cancelledAt,
		@Nullable String cancellationReason, int version) {

	/** Neither held nor called off: still in the diary. */
	public boolean isUpcoming() {
		return this.heldOn == null && this.cancelledAt == null;
	}

}
