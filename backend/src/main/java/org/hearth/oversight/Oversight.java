package org.hearth.oversight;

import java.time.LocalDate;
import java.util.List;

import org.hearth.episode.TimescaleCompliance;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The caseload figures a practitioner may see, as of today: their own (a worker), their team's (a manager), or the
 * whole service's, team by team (the Early Help team). The explicit {@code @NonNull}s are for Hilla's TypeScript
 * generator.
 *
 * @param teams one team (a worker's own figures come as a team of one, under their manager), or every team
 * @param withoutLead open episodes nobody leads now (only in the whole service's figures)
 */
public record Oversight(@NonNull OversightScope scope, @NonNull LocalDate asOf, @NonNull List<@NonNull Team> teams,
		@NonNull Figures totals, int withoutLead) {

	/** The whole service's figures without each team's workers; any other scope as it is. */
	Oversight teamsOnly() {
		if (this.scope != OversightScope.SERVICE) {
			return this;
		}
		return new Oversight(this.scope, this.asOf, this.teams.stream()
			.map(team -> new Team(team.managerId(), team.managerName(), team.totals(), List.of()))
			.toList(), this.totals, this.withoutLead);
	}

	/**
	 * A manager's team (or the workers with no manager).
	 *
	 * @param managerId null for the practitioners with no manager
	 */
	public record Team(@Nullable String managerId, @NonNull String managerName, @NonNull Figures totals,
			@NonNull List<@NonNull Worker> workers) {
	}

	/**
	 * One practitioner and the figures of the open episodes they lead (the families themselves are read apart:
	 * {@link OversightService#familiesLedBy}).
	 */
	public record Worker(@NonNull String practitionerId, @NonNull String name, @Nullable String jobTitle,
			@NonNull Figures figures) {
	}

	/**
	 * Open episodes by status, and what is overdue among them today.
	 *
	 * @param overdueActions unfinished actions past their due date
	 * @param withSomethingOverdue episodes with anything overdue
	 * @param awaitingAllocation asked for and not yet handed to an allocated lead
	 */
	public record Figures(int openEpisodes, int requested, int assessing, int planning, int active,
			int overdueAssessments, int overdueInitialMeetings, int overdueReviews, int overdueActions,
			int withSomethingOverdue, int awaitingAllocation) {

		static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		Figures plus(Figures other) {
			return new Figures(this.openEpisodes + other.openEpisodes, this.requested + other.requested,
					this.assessing + other.assessing, this.planning + other.planning, this.active + other.active,
					this.overdueAssessments + other.overdueAssessments,
					this.overdueInitialMeetings + other.overdueInitialMeetings,
					this.overdueReviews + other.overdueReviews, this.overdueActions + other.overdueActions,
					this.withSomethingOverdue + other.withSomethingOverdue,
					this.awaitingAllocation + other.awaitingAllocation);
		}

	}

	/**
	 * Timescale compliance over a period, for the same people as the figures.
	 *
	 * @param teams each team's compliance, and each worker's within it
	 */
	public record Compliance(@NonNull OversightScope scope, @NonNull LocalDate from, @NonNull LocalDate to,
			@NonNull Kept totals, @NonNull List<@NonNull TeamKept> teams) {
	}

	/** A team's compliance and its workers'. */
	public record TeamKept(@Nullable String managerId, @NonNull String managerName, @NonNull Kept totals,
			@NonNull List<@NonNull WorkerKept> workers) {
	}

	/** A worker's compliance. */
	public record WorkerKept(@NonNull String practitionerId, @NonNull String name, @NonNull Kept kept) {
	}

	/**
	 * How many assessments, first team meetings and reviews fell due in the period, how many were on time, and the
	 * per cent on time (null when none fell due).
	 */
	public record Kept(int assessmentsDue, int assessmentsOnTime, @Nullable Double assessmentsOnTimePercent,
			int initialMeetingsDue, int initialMeetingsOnTime, @Nullable Double initialMeetingsOnTimePercent,
			int reviewsDue, int reviewsOnTime, @Nullable Double reviewsOnTimePercent) {

		static Kept of(TimescaleCompliance counts) {
			return new Kept(counts.assessmentsDue(), counts.assessmentsOnTime(),
					percent(counts.assessmentsOnTime(), counts.assessmentsDue()), counts.initialMeetingsDue(),
					counts.initialMeetingsOnTime(),
					percent(counts.initialMeetingsOnTime(), counts.initialMeetingsDue()), counts.reviewsDue(),
					counts.reviewsOnTime(), percent(counts.reviewsOnTime(), counts.reviewsDue()));
		}

		private static @Nullable Double percent(int part, int whole) {
			return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 10.0;
		}

	}

}
