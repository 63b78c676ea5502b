package org.hearth.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hearth.assessment.ChildVoice;
import org.hearth.closure.ClosureReason;
import org.hearth.consent.ConsentDecision;
import org.hearth.consent.ConsentMethod;
import org.hearth.consent.ConsentScope;
import org.hearth.episode.EpisodeSource;
import org.hearth.episode.EpisodeStatus;
import org.hearth.episode.LevelOfNeed;
import org.hearth.family.PersonRole;
import org.hearth.plan.ActionStatus;
import org.hearth.plan.OutcomeStatus;
import org.hearth.review.MeetingKind;
import org.hearth.review.Progress;
import org.hearth.review.ReviewDecision;
import org.jspecify.annotations.Nullable;

/**
 * What Hearth holds about a family, or about one of its members, for a subject access request: every episode with
 * everything recorded in it, the safeguarding referrals and the audit trail of who read or changed it.
 * <p>
 * Every entry that may hold personal data about someone other than the data subject(s) carries {@code redact: true}
 * and {@code about}, the names of those people, for the officer to review before release. Nothing is removed for
 * that reason: only, in a person's record, what is another person's own (their views, voice, comments, consents,
 * outcomes) is left out, as it is not about the subject.
 *
 * @param personId the person asked about; null for the whole family's record
 * @param subjects the names of the data subjects: the person asked about, or every member of the family
 */
public record SubjectAccessRecord(String familyId, String familyReference, @Nullable String personId,
		List<String> subjects, Instant producedAt, String producedBy, @Nullable String address,
		@Nullable String primaryLanguage, boolean interpreterRequired, List<Member> members,
		List<EpisodeRecord> episodes, List<Referral> safeguardingReferrals, List<AuditEntry> auditTrail) {

	/** A member of the family (in a person's record, the person only). */
	public record Member(String id, String givenName, String familyName, PersonRole role,
			@Nullable LocalDate dateOfBirth, @Nullable LocalDate expectedDateOfBirth, boolean livesInHousehold,
			boolean parentalResponsibility) {
	}

	/** One episode of early help and everything recorded in it. */
	public record EpisodeRecord(String id, String reference, EpisodeStatus status, LevelOfNeed levelOfNeed,
			EpisodeSource source, LocalDate openedOn, Request request, List<StatusChange> statusHistory,
			List<ConsentEntry> consents, List<AssessmentEntry> assessments, List<OutcomeEntry> outcomes,
			List<TeamEntry> team, List<HandoverEntry> handovers, List<MeetingEntry> meetings,
			List<ReviewEntry> reviews, List<CommentEntry> comments, @Nullable ClosureEntry closure) {
	}

	/** Why early help was asked for, as the requester wrote it. */
	public record Request(String reasons, boolean redact, List<String> about) {
	}

	/** The episode moved from one status to another (as far as the audit trail keeps it). */
	public record StatusChange(Instant changedAt, @Nullable String from, @Nullable String to, String changedBy) {
	}

	/** A consent decision, who gave it and who took it down. */
	public record ConsentEntry(String givenBy, @Nullable String recordedBy, ConsentScope scope,
			ConsentDecision decision, ConsentMethod method, Instant recordedAt, List<String> excludedAgencies,
			@Nullable String notes, boolean signed, boolean redact, List<String> about) {
	}

	/**
	 * The assessment: its summary, the needs it found (need areas, by name) and, below it, each person's views and
	 * each child's voice.
	 */
	public record AssessmentEntry(LocalDate startedOn, @Nullable LocalDate completedOn, @Nullable String summary,
			boolean fromSocialCare, @Nullable String socialCareReference, List<String> servicesInvolved,
			List<String> needsFound, boolean redact, List<String> about, List<ViewEntry> views, List<VoiceEntry> voices) {
	}

	/** One person's worries, strengths and wishes (the three columns). */
	public record ViewEntry(String person, @Nullable String worries, @Nullable String strengths,
			@Nullable String wishes, boolean opinion, boolean redact, List<String> about) {
	}

	/** A child's own words (the three houses). */
	public record VoiceEntry(String child, @Nullable String worries, @Nullable String goodThings,
			@Nullable String dreams, boolean redact, List<String> about) {

		static VoiceEntry of(String child, ChildVoice voice, List<String> about) {
			return new VoiceEntry(child, voice.worries(), voice.goodThings(), voice.dreams(), !about.isEmpty(), about);
		}

	}

	/** An outcome of the plan, with its actions. */
	public record OutcomeEntry(@Nullable String forPerson, String needArea, String description, String measure,
			LocalDate targetDate, OutcomeStatus status, boolean redact, List<String> about,
			List<ActionEntry> actions) {
	}

	/** An action towards an outcome. */
	public record ActionEntry(String description, String owner, LocalDate dueDate, ActionStatus status,
			@Nullable LocalDate completedOn, boolean redact, List<String> about) {
	}

	/** A place on the Team Around the Family, past or present. */
	public record TeamEntry(String name, @Nullable String jobTitle, @Nullable String agency,
			@Nullable String roleDescription, boolean lead, LocalDate joinedOn, @Nullable LocalDate leftOn,
			boolean redact, List<String> about) {
	}

	/** The lead passed from one team member to another. */
	public record HandoverEntry(String from, String to, LocalDate handedOverOn, boolean familyConsulted,
			@Nullable String notes, boolean redact, List<String> about) {
	}

	/** A team meeting. */
	public record MeetingEntry(MeetingKind kind, Instant scheduledFor, @Nullable LocalDate heldOn,
			@Nullable Boolean familyAttended, @Nullable String notes, @Nullable Instant cancelledAt,
			@Nullable String cancellationReason, boolean redact, List<String> about) {
	}

	/** A review of the plan. */
	public record ReviewEntry(LocalDate heldOn, Progress progress, ReviewDecision decision,
			@Nullable String familyViews, @Nullable String childViews, @Nullable LocalDate nextReviewDue,
			String recordedBy, boolean redact, List<String> about) {
	}

	/** A family member's comment on their plan. */
	public record CommentEntry(String author, Instant writtenAt, String text, boolean recordedOnBehalf,
			boolean hiddenFromYoungPeople, boolean redact, List<String> about) {
	}

	/** How the episode ended. */
	public record ClosureEntry(LocalDate closedOn, ClosureReason reason, String summary,
			@Nullable String familyFeedback, @Nullable String childFeedback, List<String> signposting,
			@Nullable String transferredTo, boolean redact, List<String> about) {
	}

	/** A referral to children's social care. */
	public record Referral(@Nullable String episodeReference, Instant decidedAt, String decidedBy, String reason,
			@Nullable String socialCareReference, boolean redact, List<String> about) {
	}

	/** Someone read or changed the family's data. */
	public record AuditEntry(Instant occurredAt, String actorName, String actorKind, String channel,
			String operation, @Nullable String episodeReference, boolean write, List<String> changes,
			boolean redact, List<String> about) {
	}

}
