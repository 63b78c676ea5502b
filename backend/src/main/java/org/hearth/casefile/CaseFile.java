package org.hearth.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hearth.assessment.ChildVoice;
import org.hearth.closure.ClosureReason;
import org.hearth.consent.ConsentDecision;
import org.hearth.consent.ConsentMethod;
import org.hearth.consent.ConsentScope;
import org.hearth.episode.EpisodeStatus;
import org.hearth.episode.LevelOfNeed;
import org.hearth.family.PersonRole;
import org.hearth.plan.ActionStatus;
import org.hearth.plan.OutcomeStatus;
import org.hearth.review.MeetingKind;
import org.hearth.review.Progress;
import org.hearth.review.ReviewDecision;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * One episode as the app shows it and keeps it on the device: names resolved, dates as the policy sets them. The
 * explicit {@code @NonNull}s are for Hilla's TypeScript generator, which does not read the package's
 * {@code @NullMarked}.
 *
 * @param readAt when the server read it, so the app can say how old its copy is
 */
public record CaseFile(@NonNull String episodeId, @NonNull String reference, @NonNull String familyId,
		@NonNull String familyReference,
		@NonNull EpisodeStatus status, @NonNull LevelOfNeed levelOfNeed, @NonNull String requestReasons,
		@NonNull LocalDate openedOn, int version, @Nullable String address, @Nullable String primaryLanguage,
		boolean interpreterRequired, @NonNull List<@NonNull Member> members, @NonNull List<@NonNull TeamMember> team,
		@NonNull List<@NonNull ConsentRecord> consents, @Nullable AssessmentRecord assessment,
		@NonNull List<@NonNull OutcomeRecord> outcomes, @NonNull List<@NonNull MeetingRecord> meetings,
		@NonNull List<@NonNull ReviewRecord> reviews, @Nullable ClosureRecord closure,
		@NonNull List<@NonNull CommentRecord> comments, @NonNull Due due, @NonNull List<@NonNull Task> tasks,
		@NonNull PolicyFacts policy, @NonNull Instant readAt) {

	/** Someone in the family. */
	public record Member(@NonNull String personId, @NonNull String givenName, @NonNull String familyName,
			@NonNull PersonRole role, @Nullable LocalDate dateOfBirth, @Nullable LocalDate expectedDateOfBirth,
			@Nullable Integer age, boolean livesInHousehold, boolean hasParentalResponsibility, int version,
			@Nullable MemberContact contact) {
	}

	/**
	 * Where Hearth may send a family member reminders and whether they agreed: null for someone Hearth never contacts
	 * (unborn, or a child under 12), and for a reader who may not change the family's members.
	 */
	public record MemberContact(@Nullable String email, @Nullable String phone, boolean agreedToBeContacted) {
	}

	/**
	 * Someone on the team now: a practitioner (with their work contact) or a family member.
	 *
	 * @param personId set for a family member on the team
	 */
	public record TeamMember(@NonNull String memberId, @NonNull String name, @Nullable String jobTitle,
			@Nullable String agencyId, @Nullable String agency, @Nullable String email, @Nullable String phone, @Nullable String roleDescription,
			boolean lead, @NonNull LocalDate joinedOn, @Nullable String practitionerId, @Nullable String personId) {
	}

	/**
	 * One consent decision, with the agencies it keeps out.
	 *
	 * @param signed whether a signature drawn on a tablet is kept with it (the image stays on the server)
	 */
	public record ConsentRecord(@NonNull String consentId, @NonNull String givenById, @NonNull ConsentScope scope,
			@NonNull ConsentDecision decision, @NonNull ConsentMethod method, @NonNull Instant recordedAt,
			@NonNull List<@NonNull String> excludedAgencies, @Nullable String notes, boolean signed) {
	}

	/**
	 * The assessment, each person's views and the children's own words.
	 *
	 * @param needAreaCodes the need areas under which it found needs (the policy's codes), in the policy's order
	 */
	public record AssessmentRecord(@NonNull String assessmentId, @NonNull LocalDate startedOn,
			@Nullable LocalDate completedOn, @Nullable String summary, boolean fromSocialCare, int version,
			@NonNull List<@NonNull View> views, @NonNull List<@NonNull Voice> childVoices,
			@NonNull List<@NonNull String> needAreaCodes) {
	}

	/** What one person says worries them, is going well and should happen. */
	public record View(@NonNull String viewId, @NonNull String personId, @Nullable String worries,
			@Nullable String strengths, @Nullable String wishes, boolean opinion, int version) {
	}

	/** A child's three houses in their own words. */
	public record Voice(@NonNull String voiceId, @NonNull String childId, @Nullable String worries,
			@Nullable String goodThings, @Nullable String dreams, int version) {

		static Voice of(ChildVoice voice) {
			return new Voice(voice.id().toString(), voice.childId().toString(), voice.worries(), voice.goodThings(),
					voice.dreams(), voice.version());
		}

	}

	/** An outcome of the plan and its actions. */
	public record OutcomeRecord(@NonNull String outcomeId, @Nullable String forPersonId, @NonNull String needArea,
			@NonNull String description, @NonNull String measure, @NonNull LocalDate targetDate,
			@NonNull OutcomeStatus status, int version, @NonNull List<@NonNull ActionRecord> actions) {
	}

	/** Who does what by when. */
	public record ActionRecord(@NonNull String actionId, @NonNull String description, @NonNull String ownerMemberId,
			@NonNull String ownerName, @NonNull LocalDate dueDate, @NonNull ActionStatus status,
			@Nullable LocalDate completedOn, boolean overdue, int version) {
	}

	/** A team meeting, upcoming, held or called off. */
	public record MeetingRecord(@NonNull String meetingId, @NonNull MeetingKind kind, @NonNull Instant scheduledFor,
			@Nullable LocalDate heldOn, @Nullable Boolean familyAttended, @Nullable String notes,
			@Nullable Instant cancelledAt, @Nullable String cancellationReason, int version) {
	}

	/** A review of the plan. */
	public record ReviewRecord(@NonNull String reviewId, @NonNull LocalDate heldOn, @NonNull Progress progress,
			@NonNull ReviewDecision decision, @Nullable String familyViews, @Nullable String childViews,
			@Nullable LocalDate nextReviewDue) {
	}

	/** How the episode ended, and where the family was pointed to. */
	public record ClosureRecord(@NonNull LocalDate closedOn, @NonNull ClosureReason reason, @NonNull String summary,
			@NonNull List<@NonNull String> signposting) {
	}

	/**
	 * A comment from the family on their plan.
	 *
	 * @param hiddenFromYoungPeople whether its author kept it from the family's young people (told to the team, so
	 * nobody reads it out to them)
	 */
	public record CommentRecord(@NonNull String commentId, @NonNull String authorId, @NonNull Instant writtenAt,
			@NonNull String text, boolean recordedOnBehalf, boolean hiddenFromYoungPeople) {
	}

	/**
	 * What the local area's policy asks of a plan, for the app's forms to prompt with (the server checks the same).
	 */
	public record PolicyFacts(@NonNull List<@NonNull NeedAreaOption> needAreas, int outcomeHorizonDays,
			int maxReviewIntervalDays) {
	}

	/** A need area an outcome can address. */
	public record NeedAreaOption(@NonNull String code, @NonNull String name) {
	}

	/** What the policy says is due, and what is late. */
	public record Due(@Nullable LocalDate assessmentDue, @Nullable LocalDate initialMeetingDue,
			@Nullable LocalDate nextReviewDue, boolean assessmentOverdue, boolean initialMeetingOverdue,
			boolean reviewOverdue, int overdueActions) {
	}

	/**
	 * One task of the episode's task list.
	 *
	 * @param done how many of its parts are done, when it has parts (views heard, actions done)
	 * @param of how many parts it has
	 */
	public record Task(@NonNull TaskKind kind, @NonNull TaskStatus status, @Nullable Integer done,
			@Nullable Integer of, @Nullable LocalDate dueOn, boolean overdue) {
	}

}
