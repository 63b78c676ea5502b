package org.hearth.review;

import static org.hearth.system.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.FamilyMemberKind;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.Visibility;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeStatus;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.plan.OutcomeStatus;
import org.hearth.plan.PlanService;
import org.hearth.policy.PolicyService;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of the plan, and reads of meetings and reviews (each visible exactly when its episode is). A review records
 * how things moved, what the team decided and when it looks again, within the policy's longest interval.
 */
@Service
public class ReviewService {

	private final ReviewRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final PlanService plans;

	private final PolicyService policies;

	private final TeamService teams;

	private final NotificationService notifications;

	private final Clock clock;

	private final AccessService access;

	ReviewService(ReviewRepository repository, EpisodeService episodes, Permissions permissions,
			ClientRequests requests, AuditService audit, PlanService plans, PolicyService policies,
			TeamService teams, NotificationService notifications, Clock clock, AccessService access) {
		this.access = access;
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.plans = plans;
		this.policies = policies;
		this.teams = teams;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Records a review of a plan under way: progress, the decision, the family's and child's views, where each
	 * outcome stands. A decision that keeps the plan going (continue, amend, escalate to the panel) sets the next
	 * review, within the policy's longest interval; closing or stepping up follows as its own step.
	 * @return the episode
	 */
	@Transactional
	public UUID recordReview(Caller caller, RecordReviewInput input) {
		if (this.requests.replayOf(caller, "recordReview", input.id(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_REVIEW, null);
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("A review is recorded by a practitioner.");
		}
		refuseUnlessActive(episode);
		LocalDate today = LocalDate.now(this.clock);
		if (input.heldOn().isAfter(today)) {
			throw UserErrorException.of("heldOn", "IN_THE_FUTURE", "A review is recorded once it has taken place.");
		}
		if (input.meetingId() != null) {
			checkMeeting(episode, input.meetingId());
		}
		Map<UUID, OutcomeStatus> progress = this.plans.progress(episode.episodeId(), "outcomeProgress",
				input.outcomeProgress());
		checkNextReview(input);
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		Review review = new Review(id, episode.episodeId(), input.meetingId(), input.heldOn(), input.progress(),
				input.decision(), blankToNull(input.familyViews()),
				blankToNull(input.childViews()), input.nextReviewDue(), practitioner.practitionerId());
		try {
			this.repository.insertReview(review, this.clock.instant(), progress);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "recorded a review", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Review", id, 0,
						List.of(new AuditEvent.FieldChange("progress", null, input.progress().name()),
								new AuditEvent.FieldChange("decision", null, input.decision().name()),
								new AuditEvent.FieldChange("nextReviewDue", null,
										(input.nextReviewDue() != null) ? input.nextReviewDue().toString() : null))));
		this.plans.setOutcomeStatuses(caller, episode, "recorded outcome progress at a review", progress);
		this.notifications.tellPractitioners(this.teams.othersToTell(episode.episodeId(), caller), episode.episodeId(),
				(input.decision() == ReviewDecision.ESCALATE_TO_PANEL) ? "PANEL_REQUESTED" : "REVIEW_RECORDED",
				"%s: the plan was reviewed (%s).".formatted(episode.reference(), words(input.decision())));
		this.episodes.refreshNextDue(List.of(episode.episodeId()));
		this.requests.answered(caller, "recordReview", input.id(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * Brings the next review forward to an earlier day, today or later, with the reason: the earlier day stands until
	 * a review is recorded after it. The lead's side decides it, as they record reviews; the team's other
	 * practitioners are told.
	 * @return the episode
	 */
	@Transactional
	public UUID bringForward(Caller caller, BringReviewForwardInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "bringReviewForward", input.requestId(), input);
		if (replayed.isPresent()) {
			return replayed.get();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_REVIEW, null);
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("A review is brought forward by a practitioner.");
		}
		refuseUnlessActive(episode);
		String reason = blankToNull(input.reason());
		if (reason == null) {
			throw UserErrorException.of("reason", "REQUIRED", "Say why the review cannot wait.");
		}
		if (input.to().isBefore(LocalDate.now(this.clock))) {
			throw UserErrorException.of("to", "IN_THE_PAST", "A review is brought forward to today or later.");
		}
		LocalDate due = this.episodes.timescales(this.episodes.episodes(List.of(episode.episodeId())))
			.values()
			.iterator()
			.next()
			.nextReviewDue();
		if (due != null && !input.to().isBefore(due)) {
			throw UserErrorException.of("to", "NOT_SOONER",
					"The next review is already due on %s: bring it forward to an earlier day.".formatted(due));
		}
		UUID id = Ids.newId();
		this.repository.insertBroughtForward(id, episode.episodeId(), input.to(), reason,
				practitioner.practitionerId(), this.clock.instant());
		this.audit.recordWrite(caller, "brought a review forward", episode.familyId(), episode.episodeId(),
				new AuditService.Written("ReviewBroughtForward", id, 0,
						List.of(new AuditEvent.FieldChange("nextReviewDue", (due != null) ? due.toString() : null,
								input.to().toString()), new AuditEvent.FieldChange("reason", null, reason))));
		this.notifications.tellPractitioners(this.teams.othersToTell(episode.episodeId(), caller),
				episode.episodeId(), "REVIEW_BROUGHT_FORWARD",
				"%s: the next review is brought forward to %s.".formatted(episode.reference(), input.to()));
		this.episodes.refreshNextDue(List.of(episode.episodeId()));
		this.requests.answered(caller, "bringReviewForward", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	private static void refuseUnlessActive(WriteAccess episode) {
		if (!EpisodeStatus.ACTIVE.name().equals(episode.status())) {
			throw UserErrorException.of("episodeId", "NOT_ACTIVE",
					"A review looks at a plan under way: hold the first team meeting first.");
		}
	}

	private void checkMeeting(WriteAccess episode, UUID meetingId) {
		Meeting meeting = this.repository.meetings(List.of(meetingId))
			.stream()
			.filter(found -> found.episodeId().equals(episode.episodeId()))
			.findFirst()
			.orElseThrow(() -> UserErrorException.of("meetingId", "NOT_IN_EPISODE",
					"This meeting is not one of this episode's."));
		if (meeting.kind() != MeetingKind.REVIEW) {
			throw UserErrorException.of("meetingId", "NOT_A_REVIEW_MEETING", "This meeting was not a review meeting.");
		}
		if (meeting.cancelledAt() != null) {
			throw UserErrorException.of("meetingId", "MEETING_CANCELLED", "This meeting was called off.");
		}
		if (this.repository.isReviewed(meetingId)) {
			throw UserErrorException.of("meetingId", "ALREADY_REVIEWED", "A review is already recorded for this meeting.");
		}
	}

	private void checkNextReview(RecordReviewInput input) {
		boolean continues = switch (input.decision()) {
			case CONTINUE, AMEND_PLAN, ESCALATE_TO_PANEL -> true;
			case CLOSE, STEP_UP -> false;
		};
		LocalDate next = input.nextReviewDue();
		if (next == null) {
			if (continues) {
				throw UserErrorException.of("nextReviewDue", "REQUIRED",
						"Set the date of the next review: the plan goes on.");
			}
			return;
		}
		if (!next.isAfter(input.heldOn())) {
			throw UserErrorException.of("nextReviewDue", "NOT_AFTER_REVIEW",
					"The next review is after this one.");
		}
		int maximum = this.policies.current().maxReviewIntervalDays();
		if (next.isAfter(input.heldOn().plusDays(maximum))) {
			throw UserErrorException.of("nextReviewDue", "REVIEW_TOO_FAR",
					"Reviews are at most %d days apart: the next is due by %s.".formatted(maximum,
							input.heldOn().plusDays(maximum)));
		}
	}

	private static String words(ReviewDecision decision) {
		return switch (decision) {
			case CONTINUE -> "carry on with the plan";
			case AMEND_PLAN -> "change the plan";
			case CLOSE -> "close";
			case STEP_UP -> "step up to social care";
			case ESCALATE_TO_PANEL -> "ask the early help panel";
		};
	}

	public List<Meeting> meetingsOfEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.meetingsOfEpisodes(episodeIds);
	}

	/**
	 * The meetings of these episodes (which the caller may see) as the caller may read them: a family member reads
	 * each meeting's kind, when it is, whether it was held or called off, and nothing of what was said or who came
	 * (notes, whether the family attended, why it was called off: null).
	 */
	public List<Meeting> meetingsOfEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return meetingsOfEpisodes(episodeIds).stream().map(meeting -> narrowed(meeting, own)).toList();
	}

	public List<Meeting> meetings(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.meetings(ids);
	}

	/** These meetings as the caller may read them (see {@link #meetingsOfEpisodes(Caller, Collection)}). */
	public List<Meeting> meetings(Caller caller, Collection<UUID> ids) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return meetings(ids).stream().map(meeting -> narrowed(meeting, own)).toList();
	}

	private static Meeting narrowed(Meeting meeting, Visibility.@Nullable OwnFamily own) {
		return (own == null) ? meeting
				: new Meeting(meeting.id(), meeting.episodeId(), meeting.kind(), meeting.scheduledFor(),
						meeting.heldOn(), null, null, meeting.cancelledAt(), null, meeting.version());
	}

	List<Attendance> attendance(Collection<UUID> meetingIds) {
		return meetingIds.isEmpty() ? List.of() : this.repository.attendance(meetingIds);
	}

	/** Who attended these meetings or sent apologies: none of it for a family member. */
	List<Attendance> attendance(Caller caller, Collection<UUID> meetingIds) {
		return (this.access.familyMemberOf(caller) != null) ? List.of() : attendance(meetingIds);
	}

	public List<Review> reviewsOfEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.reviewsOfEpisodes(episodeIds);
	}

	/**
	 * The reviews of these episodes (which the caller may see) as the caller may read them: a family member never
	 * reads the child's views, and a young person not the family's views either.
	 */
	public List<Review> reviewsOfEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return reviewsOfEpisodes(episodeIds).stream().map(review -> narrowed(review, own)).toList();
	}

	private static Review narrowed(Review review, Visibility.@Nullable OwnFamily own) {
		if (own == null) {
			return review;
		}
		String familyViews = (own.kind() == FamilyMemberKind.YOUNG_PERSON) ? null : review.familyViews();
		return new Review(review.id(), review.episodeId(), review.meetingId(), review.heldOn(), review.progress(),
				review.decision(), familyViews, null, review.nextReviewDue(), review.recordedById());
	}

	public Optional<Meeting> findMeeting(Caller caller, UUID id) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return this.repository.meetings(List.of(id))
			.stream()
			.findFirst()
			.filter(meeting -> this.episodes.find(caller, meeting.episodeId()).isPresent())
			.map(meeting -> narrowed(meeting, own));
	}

	public Optional<Review> findReview(Caller caller, UUID id) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return this.repository.review(id)
			.filter(review -> this.episodes.find(caller, review.episodeId()).isPresent())
			.map(review -> narrowed(review, own));
	}

}
