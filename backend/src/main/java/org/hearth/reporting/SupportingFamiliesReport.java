package org.hearth.reporting;

import java.time.LocalDate;
import java.util.List;

import org.hearth.closure.ClosureReason;
import org.hearth.episode.EpisodeStatus;
import org.hearth.plan.OutcomeStatus;
import org.hearth.policy.NeedArea;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The Supporting Families report for a period: each family whose episode closed in it, eligible for a claim or not
 * (with the reasons), the headline counts and the need no outcome addresses. The explicit {@code @NonNull}s are for
 * Hilla's TypeScript generator.
 *
 * @param asOf today: sustained means the closure at least {@code sustainedMonths} before it
 * @param sustainedMonths the policy's months a family's needs must stay met after closure
 */
public record SupportingFamiliesReport(@NonNull LocalDate from, @NonNull LocalDate to, @NonNull LocalDate asOf,
		int sustainedMonths, @NonNull List<@NonNull ClosedFamily> eligible,
		@NonNull List<@NonNull ClosedFamily> notEligible, @NonNull List<@NonNull HeadlineCount> headlines,
		@NonNull List<@NonNull UnmetNeedCount> unmetNeed, @NonNull List<@NonNull FamilyUnmetNeed> unmetNeedFamilies) {

	/**
	 * A family whose episode closed in the period, with the evidence for a claim.
	 *
	 * @param headlines the need areas under which the assessment found needs
	 * @param lead the lead practitioner's name; null when nobody leads
	 * @param assessmentCompletedOn null when the assessment was never completed
	 * @param newEpisodeOpenedOn the first episode of the family opened on or after the closure; null when none has
	 * @param sustainedOn the day the closure has been sustained for the policy's months (closure plus those months)
	 * @param reasons why the family is not eligible, in words; empty when it is
	 */
	public record ClosedFamily(@NonNull String familyId, @NonNull String familyReference, @NonNull String episodeId,
			@NonNull String episodeReference, @NonNull List<@NonNull NeedArea> headlines, @Nullable String lead,
			@Nullable LocalDate assessmentCompletedOn, @NonNull List<@NonNull OutcomeAtClosure> outcomes,
			@NonNull LocalDate closedOn, @NonNull ClosureReason closureReason, @Nullable LocalDate newEpisodeOpenedOn,
			@NonNull LocalDate sustainedOn, boolean eligible, @NonNull List<@NonNull String> reasons) {
	}

	/** An outcome of the plan and its status at closure. */
	public record OutcomeAtClosure(@NonNull NeedArea needArea, @NonNull String description,
			@NonNull OutcomeStatus status) {
	}

	/**
	 * One headline over the families whose episode closed in the period.
	 *
	 * @param familiesWithNeed families whose assessment found a need under it
	 * @param familiesAchieved families with an outcome under it achieved
	 */
	public record HeadlineCount(@NonNull NeedArea needArea, int familiesWithNeed, int familiesAchieved) {
	}

	/**
	 * How many families (of the episodes open at some time in the period) have need under a headline that no outcome
	 * addresses.
	 */
	public record UnmetNeedCount(@NonNull NeedArea needArea, int families) {
	}

	/** A family's need found at assessment that no outcome of its episode addresses. */
	public record FamilyUnmetNeed(@NonNull String familyId, @NonNull String familyReference,
			@NonNull String episodeId, @NonNull String episodeReference, @NonNull EpisodeStatus episodeStatus,
			@NonNull List<@NonNull NeedArea> needAreas) {
	}

}
