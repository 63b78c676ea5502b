package org.hearth.policy;

import java.util.List;

/** Timescales and cadence set by the local area, in days. */
public record Policy(int assessmentDueDays, int initialMeetingDueDays, int firstReviewDueDays,
		int maxReviewIntervalDays, List<NeedArea> needAreas) {
}
