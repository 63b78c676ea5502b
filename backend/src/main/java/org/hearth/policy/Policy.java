package org.hearth.policy;

import java.util.List;

/**
 * Timescales and cadence set by the local area, in days, with how far ahead an outcome's target may be set (the
 * outcome horizon) and how many days ahead of its day something due is reminded of (the reminder lead).
 */
public record Policy(int assessmentDueDays, int initialMeetingDueDays, int firstReviewDueDays,
		int maxReviewIntervalDays, int outcomeHorizonDays, int reminderLeadDays, List<NeedArea> needAreas) {
}
