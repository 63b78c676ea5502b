package org.hearth.reminder;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.audit.AuditService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeStatus;
import org.hearth.episode.Timescales;
import org.hearth.policy.PolicyService;
import org.hearth.replay.ClientRequests;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what falls due and queues a reminder for each person concerned, once per thing, due day, person and kind; and
 * lets a person switch their own reminders off and on.
 */
@Service
public class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	/** The words of every reminder (English; see the file for what they may say). */
	static final String BUNDLE = "messages/delivery";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final ReminderRepository repository;

	private final EpisodeService episodes;

	private final PolicyService policies;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final Clock clock;

	private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.UK);

	ReminderService(ReminderRepository repository, EpisodeService episodes, PolicyService policies,
			Permissions permissions, ClientRequests requests, AuditService audit, Clock clock) {
		this.repository = repository;
		this.episodes = episodes;
		this.policies = policies;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who a reminder is for: a practitioner or a family member. */
	private record Recipient(@Nullable UUID practitionerId, @Nullable UUID personId) {

		UUID id() {
			return (this.practitionerId != null) ? this.practitionerId : java.util.Objects.requireNonNull(this.personId);
		}

		boolean family() {
			return this.personId != null;
		}

	}

	/** One reminder before the recipients' own settings are looked at. */
	private record Due(ReminderKind kind, UUID thingId, LocalDate dueOn, UUID episodeId, String reference,
			Recipient recipient, @Nullable String time) {
	}

	/**
	 * Queues the reminders due today: actions due within the policy's lead days or overdue (their owner), meetings
	 * within the lead days (the team's practitioners and family members, and the family's parents and carers), reviews
	 * and assessments due within the lead days or overdue (the lead). Nobody who switched reminders off, and no family
	 * member who did not agree to be contacted or gave no contact, is reminded. What is already queued (the same thing,
	 * due day, person and kind) is not queued again, whichever run or instance queued it; so it runs without a
	 * transaction, each insert on its own.
	 * @return how many reminders were due (queued now or before)
	 */
	public int queueDue() {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		LocalDate until = today.plusDays(this.policies.current().reminderLeadDays());
		List<Due> due = new ArrayList<>();

		for (ReminderRepository.DueAction action : this.repository.actionsDueBy(until)) {
			due.add(new Due(action.dueDate().isBefore(today) ? ReminderKind.ACTION_OVERDUE : ReminderKind.ACTION_DUE,
					action.actionId(), action.dueDate(), action.episodeId(), action.reference(),
					new Recipient(action.practitionerId(), action.personId()), null));
		}

		Instant now = this.clock.instant();
		List<ReminderRepository.ComingMeeting> meetings = this.repository.meetingsBetween(now,
				until.plusDays(1).atStartOfDay(zone).toInstant());
		if (!meetings.isEmpty()) {
			Map<UUID, List<ReminderRepository.Member>> teams = this.repository
				.teams(meetings.stream().map(ReminderRepository.ComingMeeting::episodeId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.groupingBy(ReminderRepository.Member::episodeId));
			Map<UUID, List<ReminderRepository.Parent>> parents = this.repository
				.parents(meetings.stream().map(ReminderRepository.ComingMeeting::familyId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.groupingBy(ReminderRepository.Parent::familyId));
			for (ReminderRepository.ComingMeeting meeting : meetings) {
				Set<Recipient> told = new HashSet<>();
				teams.getOrDefault(meeting.episodeId(), List.of())
					.forEach(member -> told.add(new Recipient(member.practitionerId(), member.personId())));
				parents.getOrDefault(meeting.familyId(), List.of())
					.forEach(parent -> told.add(new Recipient(null, parent.personId())));
				var at = meeting.scheduledFor().atZone(zone);
				told.forEach(recipient -> due.add(new Due(ReminderKind.MEETING_SOON, meeting.meetingId(),
						at.toLocalDate(), meeting.episodeId(), meeting.reference(), recipient, TIME.format(at))));
			}
		}

		List<Episode> open = this.episodes.episodes(this.repository.openEpisodesDueBy(until));
		if (!open.isEmpty()) {
			Map<UUID, UUID> leads = this.repository.teams(open.stream().map(Episode::id).toList())
				.stream()
				.filter(member -> member.lead() && member.practitionerId() != null)
				.collect(Collectors.toMap(ReminderRepository.Member::episodeId, member -> member.practitionerId(),
						(first, second) -> first));
			this.episodes.timescales(open).forEach((episode, timescales) -> {
				UUID lead = leads.get(episode.id());
				if (lead != null) {
					episodeReminders(episode, timescales, today, until, new Recipient(lead, null), due);
				}
			});
		}

		Set<UUID> practitioners = this.repository.practitionersReminded(due.stream()
			.map(reminder -> reminder.recipient().practitionerId())
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		Set<UUID> people = this.repository.peopleReminded(due.stream()
			.map(reminder -> reminder.recipient().personId())
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		List<ReminderRepository.Queued> queued = new ArrayList<>();
		for (Due reminder : due) {
			Recipient to = reminder.recipient();
			boolean reminded = to.family() ? people.contains(to.personId()) : practitioners.contains(to.practitionerId());
			String message = reminded ? message(reminder) : null;
			if (message != null) {
				queued.add(new ReminderRepository.Queued(
						reminder.kind() + "/" + reminder.thingId() + "/" + reminder.dueOn() + "/" + to.id(),
						reminder.episodeId(), to.practitionerId(), to.personId(), reminder.kind().notificationKind(),
						message));
			}
		}
		this.repository.queue(queued, now);
		log.info("Reminders: {} due today (each queued once)", queued.size());
		return queued.size();
	}

	private static void episodeReminders(Episode episode, Timescales timescales, LocalDate today, LocalDate until,
			Recipient lead, List<Due> due) {
		boolean assessing = episode.status() == EpisodeStatus.REQUESTED || episode.status() == EpisodeStatus.ASSESSING;
		LocalDate assessment = timescales.assessmentDue();
		if (assessing && assessment != null && !assessment.isAfter(until)) {
			due.add(new Due(assessment.isBefore(today) ? ReminderKind.ASSESSMENT_OVERDUE : ReminderKind.ASSESSMENT_DUE,
					episode.id(), assessment, episode.id(), episode.reference(), lead, null));
		}
		LocalDate review = timescales.nextReviewDue();
		if (review != null && !review.isAfter(until)) {
			due.add(new Due(review.isBefore(today) ? ReminderKind.REVIEW_OVERDUE : ReminderKind.REVIEW_DUE,
					episode.id(), review, episode.id(), episode.reference(), lead, null));
		}
	}

	/** The reminder in words, or null when there are none for this kind and person (reviews are not the family's). */
	private @Nullable String message(Due reminder) {
		String key = "reminder." + reminder.kind() + (reminder.recipient().family() ? ".family" : ".practitioner");
		if (!this.texts.containsKey(key)) {
			return null;
		}
		return new MessageFormat(this.texts.getString(key), Locale.UK).format(new Object[] { reminder.reference(),
				DAY.format(reminder.dueOn()), (reminder.time() != null) ? reminder.time() : "" });
	}

	/**
	 * Switches the caller's own reminders on or off (a practitioner, or a family member); audited. Sent again with the
	 * same request id, it answers as the first time.
	 * @return whether the caller is reminded now
	 */
	@Transactional
	public boolean setReminders(Caller caller, SetRemindersInput input) {
		this.permissions.personItself(caller, "switch their reminders on or off");
		boolean practitioner = caller instanceof Caller.PractitionerCaller;
		UUID self = (caller instanceof Caller.PractitionerCaller p) ? p.practitionerId()
				: ((Caller.FamilyMemberCaller) caller).personId();
		if (this.requests.replayOf(caller, "setReminders", input.requestId(), input).isPresent()) {
			return practitioner ? this.repository.remindersOnForPractitioner(self)
					: this.repository.remindersOnForPerson(self);
		}
		boolean before = practitioner ? this.repository.setPractitionerReminders(self, input.on())
				: this.repository.setPersonReminders(self, input.on());
		UUID familyId = (caller instanceof Caller.FamilyMemberCaller member) ? member.familyId() : null;
		this.audit.record(caller, input.on() ? "switched reminders on" : "switched reminders off", familyId, null,
				"reminders were " + (before ? "on" : "off") + ", now " + (input.on() ? "on" : "off"));
		this.requests.answered(caller, "setReminders", input.requestId(), input, self);
		return input.on();
	}

	/** Whether the caller is reminded (partner systems and Hearth itself never are). */
	public boolean remindersOn(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner -> this.repository
				.remindersOnForPractitioner(practitioner.practitionerId());
			case Caller.FamilyMemberCaller member -> this.repository.remindersOnForPerson(member.personId());
			default -> false;
		};
	}

}
