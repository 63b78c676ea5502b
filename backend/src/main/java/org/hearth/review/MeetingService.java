package org.hearth.review;

import static org.hearth.system.Texts.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeStatus;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.plan.PlanService;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team Around the Family meetings: putting one in the diary, recording it once held, calling off what is still to
 * come when the episode ends. The initial meeting agrees the plan: recording it starts the plan (ACTIVE).
 */
@Service
public class MeetingService {

	private final ReviewRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final TeamService teams;

	private final PlanService plans;

	private final NotificationService notifications;

	private final Clock clock;

	MeetingService(ReviewRepository repository, EpisodeService episodes, Permissions permissions,
			ClientRequests requests, AuditService audit, TeamService teams, PlanService plans,
			NotificationService notifications, Clock clock) {
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.teams = teams;
		this.plans = plans;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Puts a meeting in the diary and tells the practitioners on the team. The initial meeting is arranged while the
	 * plan is being made (once), review meetings while it is under way; neither on a day already past.
	 * @return the episode
	 */
	@Transactional
	public UUID schedule(Caller caller, ScheduleMeetingInput input) {
		if (this.requests.replayOf(caller, "scheduleMeeting", input.id(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.ARRANGE_MEETING, null);
		EpisodeStatus status = EpisodeStatus.valueOf(episode.status());
		if (input.kind() == MeetingKind.INITIAL_TAF) {
			if (status != EpisodeStatus.PLANNING) {
				throw UserErrorException.of("kind", "NOT_PLANNING",
						"The first team meeting is arranged once the assessment is complete, while the plan is made.");
			}
			boolean arranged = this.repository.meetingsOfEpisodes(List.of(episode.episodeId()))
				.stream()
				.anyMatch(meeting -> meeting.kind() == MeetingKind.INITIAL_TAF && meeting.cancelledAt() == null);
			if (arranged) {
				throw UserErrorException.of("kind", "ALREADY_ARRANGED",
						"The first team meeting is already in the diary. Call it off first to arrange another.");
			}
		}
		else if (status != EpisodeStatus.ACTIVE) {
			throw UserErrorException.of("kind", "NOT_ACTIVE",
					"Review meetings are for a plan under way: hold the first team meeting first.");
		}
		refuseDayPast(input.scheduledFor());
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		try {
			this.repository.insertMeeting(new Meeting(id, episode.episodeId(), input.kind(), input.scheduledFor(), null,
					null, null, null, null, 0));
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "scheduled a meeting", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Meeting", id, 0,
						List.of(new AuditEvent.FieldChange("kind", null, input.kind().name()),
								new AuditEvent.FieldChange("scheduledFor", null, input.scheduledFor().toString()))));
		this.notifications.tellPractitioners(this.teams.othersToTell(episode.episodeId(), caller), episode.episodeId(), "MEETING_SCHEDULED",
				"%s: a team meeting is booked for %s.".formatted(episode.reference(), when(input.scheduledFor())));
		this.requests.answered(caller, "scheduleMeeting", input.id(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * Records a meeting that took place: the day, who came and who sent apologies (places on the team), whether the
	 * family came. The initial meeting agrees the plan, so it needs an outcome with an action, and starts the plan:
	 * PLANNING becomes ACTIVE and the first review falls due.
	 * @return the episode
	 */
	@Transactional
	public UUID record(Caller caller, RecordMeetingInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "recordMeeting", input.requestId(), input);
		if (replayed.isPresent()) {
			return replayed.get();
		}
		WriteAccess episode = this.permissions.lock(caller, episodeOf(input.meetingId()), Step.ARRANGE_MEETING, null);
		Meeting meeting = upcoming(input.meetingId());
		if (input.heldOn().isAfter(LocalDate.now(this.clock))) {
			throw UserErrorException.of("heldOn", "IN_THE_FUTURE", "A meeting is recorded once it has taken place.");
		}
		Set<UUID> attended = new LinkedHashSet<>(input.attendeeIds());
		Set<UUID> apologies = new LinkedHashSet<>((input.apologyIds() != null) ? input.apologyIds() : List.of());
		if (attended.isEmpty()) {
			throw UserErrorException.of("attendeeIds", "REQUIRED", "Name at least one team member who came.");
		}
		Set<UUID> team = new LinkedHashSet<>(
				this.teams.ofEpisodes(List.of(episode.episodeId())).stream().map(TeamMember::id).toList());
		if (!team.containsAll(attended)) {
			throw UserErrorException.of("attendeeIds", "NOT_A_MEMBER", "Everyone who came is named from the team.");
		}
		if (!team.containsAll(apologies)) {
			throw UserErrorException.of("apologyIds", "NOT_A_MEMBER", "Apologies are recorded for the team's members.");
		}
		if (apologies.stream().anyMatch(attended::contains)) {
			throw UserErrorException.of("apologyIds", "ATTENDED_AND_APOLOGISED",
					"Someone is named as both coming and sending apologies.");
		}
		boolean startsThePlan = meeting.kind() == MeetingKind.INITIAL_TAF
				&& EpisodeStatus.PLANNING.name().equals(episode.status());
		if (startsThePlan && !this.plans.hasAgreedAction(episode.episodeId())) {
			throw UserErrorException.of("meetingId", "NO_PLAN",
					"The first team meeting agrees the plan: add at least one outcome with an action before recording it.");
		}
		String notes = blankToNull(input.notes());
		int version = this.repository.recordHeld(meeting, input.heldOn(), input.familyAttended(), notes, attended,
				apologies);
		this.audit.recordWrite(caller, "recorded a meeting", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Meeting", meeting.id(), version,
						List.of(new AuditEvent.FieldChange("heldOn", null, input.heldOn().toString()),
								new AuditEvent.FieldChange("familyAttended", null,
										Boolean.toString(input.familyAttended())),
								new AuditEvent.FieldChange("attendees", null, attended.toString()),
								new AuditEvent.FieldChange("apologies", null,
										apologies.isEmpty() ? null : apologies.toString()))));
		if (startsThePlan) {
			this.episodes.move(caller, episode, EpisodeStatus.PLANNING, EpisodeStatus.ACTIVE);
		}
		else {
			this.episodes.refreshNextDue(List.of(episode.episodeId()));
		}
		this.requests.answered(caller, "recordMeeting", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * Moves a meeting still to come to another time, today or later, and tells the team's other practitioners. Sent
	 * from an old version, it is refused with CONFLICT only when someone else moved the meeting since.
	 * @return the episode
	 */
	@Transactional
	public UUID reschedule(Caller caller, RescheduleMeetingInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "rescheduleMeeting", input.requestId(), input);
		if (replayed.isPresent()) {
			return replayed.get();
		}
		WriteAccess episode = this.permissions.lock(caller, episodeOf(input.meetingId()), Step.ARRANGE_MEETING, null);
		Meeting meeting = upcoming(input.meetingId());
		this.audit.refuseConflicts("meeting", meeting.id(), meeting.version(), input.version(),
				Map.of("scheduledFor", input.scheduledFor().toString()));
		refuseDayPast(input.scheduledFor());
		int version = this.repository.reschedule(meeting, input.scheduledFor());
		this.audit.recordWrite(caller, "moved a meeting", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Meeting", meeting.id(), version, List.of(new AuditEvent.FieldChange(
						"scheduledFor", meeting.scheduledFor().toString(), input.scheduledFor().toString()))));
		this.notifications.tellPractitioners(this.teams.othersToTell(episode.episodeId(), caller),
				episode.episodeId(), "MEETING_MOVED", "%s: the team meeting of %s is moved to %s."
					.formatted(episode.reference(), when(meeting.scheduledFor()), when(input.scheduledFor())));
		this.requests.answered(caller, "rescheduleMeeting", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * Calls off a meeting still to come, with the reason; it is kept, and the team's other practitioners are told. A
	 * first team meeting called off may be arranged again.
	 * @return the episode
	 */
	@Transactional
	public UUID cancel(Caller caller, CancelMeetingInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "cancelMeeting", input.requestId(), input);
		if (replayed.isPresent()) {
			return replayed.get();
		}
		WriteAccess episode = this.permissions.lock(caller, episodeOf(input.meetingId()), Step.ARRANGE_MEETING, null);
		Meeting meeting = upcoming(input.meetingId());
		String reason = blankToNull(input.reason());
		if (reason == null) {
			throw UserErrorException.of("reason", "REQUIRED", "Say why the meeting is called off.");
		}
		this.audit.refuseConflicts("meeting", meeting.id(), meeting.version(), input.version(),
				Map.of("cancellationReason", reason));
		int version = this.repository.cancel(meeting, this.clock.instant(), reason);
		this.audit.recordWrite(caller, "called off a meeting", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Meeting", meeting.id(), version,
						List.of(new AuditEvent.FieldChange("cancellationReason", null, reason))));
		this.notifications.tellPractitioners(this.teams.othersToTell(episode.episodeId(), caller),
				episode.episodeId(), "MEETING_CANCELLED", "%s: the team meeting of %s is called off."
					.formatted(episode.reference(), when(meeting.scheduledFor())));
		this.requests.answered(caller, "cancelMeeting", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	/** The episode of a meeting, to lock before the meeting is changed. */
	private UUID episodeOf(UUID meetingId) {
		return this.repository.meetings(List.of(meetingId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No meeting you may change has this id."))
			.episodeId();
	}

	/**
	 * The meeting, read again under its episode's lock (what the checks saw is what gets changed), if it is still to
	 * come: a meeting already held or called off is refused.
	 */
	private Meeting upcoming(UUID meetingId) {
		Meeting meeting = this.repository.meetings(List.of(meetingId)).getFirst();
		if (meeting.heldOn() != null) {
			throw UserErrorException.of("meetingId", "ALREADY_RECORDED", "This meeting is already recorded.");
		}
		if (meeting.cancelledAt() != null) {
			throw UserErrorException.of("meetingId", "MEETING_CANCELLED", "This meeting was called off.");
		}
		return meeting;
	}

	private void refuseDayPast(Instant scheduledFor) {
		if (LocalDate.ofInstant(scheduledFor, this.clock.getZone()).isBefore(LocalDate.now(this.clock))) {
			throw UserErrorException.of("scheduledFor", "IN_THE_PAST", "A meeting is arranged for today or later.");
		}
	}

	/** Calls off the meetings still to come in an episode that is closing, audited; they are kept. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void cancelUpcoming(Caller caller, WriteAccess episode, String reason) {
		List<Meeting> upcoming = this.repository.meetingsOfEpisodes(List.of(episode.episodeId()))
			.stream()
			.filter(Meeting::isUpcoming)
			.toList();
		if (upcoming.isEmpty()) {
			return;
		}
		this.repository.cancel(upcoming.stream().map(Meeting::id).toList(), this.clock.instant(), reason);
		this.audit.recordWrites(caller, "called off a meeting", episode.familyId(), episode.episodeId(),
				upcoming.stream()
					.map(meeting -> new AuditService.Written("Meeting", meeting.id(), meeting.version() + 1,
							List.of(new AuditEvent.FieldChange("cancellationReason", null, reason))))
					.toList());
	}

	private String when(Instant at) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
			.withZone(this.clock.getZone())
			.format(at);
	}

}
