package org.hearth.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code AddOutcomeInput}: a SMART outcome for the plan, for one family member or the whole family. */
public record AddOutcomeInput(@Nullable UUID id, UUID episodeId, @Nullable UUID forPersonId, String needAreaCode,
		String description, String measure, LocalDate targetDate) {
}
