package org.hearth.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.plan.OutcomeProgressInput;
import org.jspecify.annotations.Nullable;

/** GraphQL {@code RecordReviewInput}. */
public record RecordReviewInput(@Nullable UUID id, UUID episodeId, @Nullable UUID meetingId, LocalDate heldOn,
		Progress progress, ReviewDecision decision, @Nullable List<OutcomeProgressInput> outcomeProgress,
		@Nullable String familyViews, @Nullable String childViews, @Nullable LocalDate nextReviewDue) {
}
