package org.hearth.episode;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * One line of a practitioner's caseload, as the app shows it. The explicit {@code @NonNull}s are for Hilla's
 * TypeScript generator, which does not read the package's {@code @NullMarked}.
 *
 * @param overdue what is overdue, in words ("Review", "2 actions"); empty when nothing is
 */
public record CaseloadEntry(@NonNull String episodeId, @NonNull String episodeReference,
		@NonNull String familyReference, @NonNull EpisodeStatus status, @NonNull List<@NonNull Child> children,
		@Nullable LocalDate nextReviewDue, @NonNull List<@NonNull String> overdue) {

	/** A child as the caseload shows them: first name and age (null when not yet born). */
	public record Child(@NonNull String givenName, @Nullable Integer age) {
	}

}
