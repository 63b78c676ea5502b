package org.hearth.episode;

/**
 * How many assessments, first team meetings and reviews fell due in a period, and how many of each were done by
 * their day.
 */
public record TimescaleCompliance(int assessmentsDue, int assessmentsOnTime, int initialMeetingsDue,
		int initialMeetingsOnTime, int reviewsDue, int reviewsOnTime) {

	public static final TimescaleCompliance NONE = new TimescaleCompliance(0, 0, 0, 0, 0, 0);

	public TimescaleCompliance plus(TimescaleCompliance other) {
		return new TimescaleCompliance(this.assessmentsDue + other.assessmentsDue,
				this.assessmentsOnTime + other.assessmentsOnTime, this.initialMeetingsDue + other.initialMeetingsDue,
				this.initialMeetingsOnTime + other.initialMeetingsOnTime, this.reviewsDue + other.reviewsDue,
				this.reviewsOnTime + other.reviewsOnTime);
	}

}
