package org.hearth.oversight;

import java.util.List;

import org.hearth.episode.CaseloadEntry;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * A manager's team and each worker's open families, most urgent first, with counts of what is overdue. The explicit
 * {@code @NonNull}s are for Hilla's TypeScript generator.
 */
public record TeamCaseload(@NonNull List<@NonNull Worker> workers) {

	/** One practitioner the manager manages, and the open families they lead. */
	public record Worker(@NonNull String practitionerId, @NonNull String name, @Nullable String jobTitle,
			int openFamilies, int overdueAssessments, int overdueInitialMeetings, int overdueReviews,
			int overdueActions, @NonNull List<@NonNull CaseloadEntry> families) {
	}

}
