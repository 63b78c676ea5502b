package org.hearth.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One run of the retention job (GraphQL {@code RetentionRun}): counts only, no family named.
 * @param cutOff families whose last episode closed before this day were due
 * @param skippedOpenEpisode due by an old closure, but with an episode open again
 * @param skippedLegalHold due, but under a legal hold
 * @param skippedChanged due when listed, but no longer when locked (another run was first, or a hold or an episode
 * since)
 * @param failed due, but anonymising failed (logged; tried again next run)
 * @param instance the host and process that ran it
 */
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, LocalDate cutOff, int yearsAfterClosure,
		int anonymised, int skippedOpenEpisode, int skippedLegalHold, int skippedChanged, int failed, String instance) {
}
