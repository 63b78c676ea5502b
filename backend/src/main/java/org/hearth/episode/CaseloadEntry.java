package org.hearth.episode;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a practitioner's caseload, as the app shows it.
 *
 * @param overdue what is overdue, in words ("Review", "2 actions"); empty when nothing is
 */
public record CaseloadEntry(String episodeId, String episodeReference, String familyReference, EpisodeStatus status,
		List<Child> children, @Nullable LocalDate nextReviewDue, List<String> overdue) {

	/** A child as the caseload shows them: first name and age (null when not yet born). */
	public record Child(String givenName, @Nullable Integer age) {
	}

}
