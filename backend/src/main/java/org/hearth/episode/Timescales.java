package org.hearth.episode;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What is due when for an episode, and what is overdue today. */
public record Timescales(@Nullable LocalDate assessmentDue, @Nullable LocalDate initialMeetingDue,
		@Nullable LocalDate nextReviewDue, boolean assessmentOverdue, boolean initialMeetingOverdue,
		boolean reviewOverdue, int overdueActions) {

	public boolean anythingOverdue() {
		return this.assessmentOverdue || this.initialMeetingOverdue || this.reviewOverdue || this.overdueActions > 0;
	}

}
