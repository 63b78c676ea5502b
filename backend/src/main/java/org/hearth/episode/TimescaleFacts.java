package org.hearth.episode;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The dates an episode's timescales are computed from.
 *
 * @param latestReviewHeld whether any review has been held (then its next-review date stands, even if null)
 * @param openActionsOverdueBefore how many unfinished actions were due before the given day
 * @param reviewBroughtForwardTo the earliest day the next review was brought forward to since the latest review
 */
record TimescaleFacts(UUID episodeId, @Nullable LocalDate assessmentStartedOn,
		@Nullable LocalDate assessmentCompletedOn, @Nullable LocalDate initialMeetingHeldOn, boolean latestReviewHeld,
		@Nullable LocalDate latestReviewNextDue, int openActionsOverdueBefore,
		@Nullable LocalDate earliestOpenActionDue, @Nullable LocalDate reviewBroughtForwardTo) {
}
