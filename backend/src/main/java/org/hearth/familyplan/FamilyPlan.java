package org.hearth.familyplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hearth.closure.ClosureReason;
import org.hearth.consent.ConsentDecision;
import org.hearth.consent.ConsentScope;
import org.hearth.episode.EpisodeStatus;
import org.hearth.plan.ActionStatus;
import org.hearth.plan.OutcomeStatus;
import org.hearth.review.MeetingKind;
import org.hearth.review.Progress;
import org.hearth.review.ReviewDecision;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * A family member's own view of their family's plan: the episode open now (or the last one closed), with family
 * members named by first name only and practitioners by their work contact. The explicit {@code @NonNull}s are for
 * Hilla's TypeScript generator.
 *
 * @param personId the signed-in family member's own id in the family (whose consent they may withdraw)
 * @param firstName the signed-in family member's first name
 * @param familyName their family name, to say whose plan this is
 * @param plan null when the family has no plan Hearth can show them
 * @param youngPerson whether the reader is one of the family's children or young people (the comment form then does
 * not offer to keep a comment from young people)
 * @param emergencyContact who to call when a child is not safe, besides 999 (from configuration)
 * @param leadAwayContact who to contact when the lead practitioner is away: their agency's office, else the
 * council's number from configuration
 */
public record FamilyPlan(@NonNull String personId, @NonNull String firstName, @NonNull String familyName,
		boolean youngPerson,
		@Nullable Plan plan, @NonNull String emergencyContact, @NonNull String leadAwayContact,
		@NonNull Instant readAt) {

	/**
	 * One episode of help.
	 *
	 * @param lead null while nobody leads the plan
	 * @param familyOnTeam first names of the family members on the team
	 * @param consents the decisions the reader gave themselves, oldest first
	 * @param mayWithdraw whether the reader may withdraw consent (the plan is open and they may decide: parental
	 * responsibility, or a young person old enough to decide for themselves)
	 */
	public record Plan(@NonNull String episodeId, @NonNull EpisodeStatus status, @NonNull LocalDate openedOn,
			@Nullable Practitioner lead, @NonNull List<@NonNull Practitioner> practitioners,
			@NonNull List<@NonNull String> familyOnTeam, @NonNull List<@NonNull Outcome> outcomes,
			@Nullable NextMeeting nextMeeting, @Nullable LastReview lastReview, @Nullable Closure closure,
			@NonNull List<@NonNull Comment> comments, @NonNull List<@NonNull ConsentGiven> consents,
			boolean mayWithdraw) {
	}

	/**
	 * One decision the reader gave.
	 *
	 * @param byThemselves whether they recorded it themselves in this app (a withdrawal), not a practitioner
	 */
	public record ConsentGiven(@NonNull ConsentScope scope, @NonNull ConsentDecision decision,
			@NonNull Instant recordedAt, boolean byThemselves) {
	}

	/**
	 * A practitioner on the team, with their work contact.
	 *
	 * @param agencyPhone their agency's office number
	 */
	public record Practitioner(@NonNull String name, @Nullable String jobTitle, @Nullable String agency,
			@Nullable String agencyPhone, @Nullable String phone, @Nullable String email, @Nullable String role,
			boolean lead) {
	}

	/**
	 * What will be different.
	 *
	 * @param forName first name of the family member it is for; null when it is for the whole family
	 */
	public record Outcome(@NonNull String outcomeId, @NonNull String description, @Nullable String forName,
			@NonNull String needArea, @NonNull OutcomeStatus status, @NonNull LocalDate targetDate,
			@NonNull List<@NonNull Action> actions) {
	}

	/**
	 * Who does what by when.
	 *
	 * @param who the practitioner's name or the family member's first name
	 * @param mine whether the signed-in family member owns it (they may mark it done)
	 */
	public record Action(@NonNull String actionId, int version, @NonNull String description, @NonNull String who,
			@NonNull LocalDate dueDate, @NonNull ActionStatus status, @Nullable LocalDate completedOn, boolean overdue,
			boolean mine) {
	}

	/** The next team meeting. */
	public record NextMeeting(@NonNull MeetingKind kind, @NonNull Instant scheduledFor) {
	}

	/** What the last review said. */
	public record LastReview(@NonNull LocalDate heldOn, @NonNull Progress progress, @NonNull ReviewDecision decision,
			@Nullable String familyViews, @Nullable LocalDate nextReviewDue) {
	}

	/** How the help ended and where the family can turn now. */
	public record Closure(@NonNull LocalDate closedOn, @NonNull ClosureReason reason,
			@NonNull List<@NonNull String> signposting) {
	}

	/**
	 * A comment from the family.
	 *
	 * @param who first name of the family member who said it
	 * @param hiddenFromYoungPeople whether the family's young people do not see it (told to its author and adults)
	 */
	public record Comment(@NonNull String commentId, @NonNull String who, @NonNull Instant writtenAt,
			@NonNull String text, boolean mine, boolean hiddenFromYoungPeople) {
	}

}
