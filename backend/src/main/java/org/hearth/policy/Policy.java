package org.hearth.policy;

import java.util.List;

/**
 * Timescales and cadence set by the local area, in days, with how far ahead an outcome's target may be set (the
 * outcome horizon).
 */
public record Policy(int assessmentDueDays, int initialMeetingDueDays, int firstReviewDueDays,
		int maxReviewIntervalDays, int outcomeHorizonDays, List<NeedArea> needAreas) {
}
