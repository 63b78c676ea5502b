package org.hearth.review;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A review of the plan: progress, the family's and child's views, and the decision taken. */
public record Review(UUID id, UUID episodeId, @Nullable UUID meetingId, LocalDate heldOn, Progress progress,
		ReviewDecision decision, @Nullable String familyViews, @Nullable String childViews,
		@Nullable LocalDate nextReviewDue, UUID recordedById) {
}
