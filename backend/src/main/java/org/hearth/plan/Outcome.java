package org.hearth.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A SMART outcome: what will be different, how we will know, by when. For one person or the whole family. */
public record Outcome(UUID id, UUID episodeId, @Nullable UUID forPersonId, String needAreaCode, String description,
		String measure, LocalDate targetDate, OutcomeStatus status, int version) {
}
