package org.hearth.closure;

import static org.hearth.system.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
import org.hearth.consent.ConsentService;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeStatus;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.plan.OutcomeStatus;
import org.hearth.plan.PlanService;
import org.hearth.replay.ClientRequests;
import org.hearth.review.MeetingService;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of an episode, however it comes: the team closes it (needs met, one agency enough, universal services, the
 * family moved), the family is stepped up to social care, or the family withdraws consent. Every way closes the same:
 * the closure is recorded, unfinished actions are cancelled and meetings to come called off (nothing is deleted), the
 * episode stops holding the family's open place, and everyone on the team is told. This package orchestrates the
 * features a closure touches, so none of them depends on another for it.
 */
@Service
public class ClosureService {

	private final ClosureRepository repository;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final EpisodeService episodes;

	private final PlanService plans;

	private final MeetingService meetings;

	private final ConsentService consents;

	private final TeamService teams;

	private final NotificationService notifications;

	private final AuditService audit;

	private final Clock clock;

	private final AccessService access;

	ClosureService(ClosureRepository repository, Permissions permissions, ClientRequests requests,
			EpisodeService episodes, PlanService plans, MeetingService meetings, ConsentService consents,
			TeamService teams, NotificationService notifications, AuditService audit, Clock clock, AccessService access) {
		this.access = access;
		this.repository = repository;
		this.permissions = permissions;
		this.requests = requests;
		this.episodes = episodes;
		this.plans = plans;
		this.meetings = meetings;
		this.consents = consents;
		this.teams = teams;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Closes an episode with a summary and a result for every outcome still open. Needs met and universal services
	 * say where the family can find help later (at least one signpost). Stepping up and withdrawn consent have steps
	 * of their own.
	 * @return the episode
	 */
	@Transactional
	public UUID close(Caller caller, CloseEpisodeInput input) {
		if (this.requests.replayOf(caller, "closeEpisode", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.CLOSE_EPISODE, null);
		UUID recordedBy = practitioner(caller);
		switch (input.reason()) {
			case STEPPED_UP -> throw UserErrorException.of("reason", "USE_STEP_UP",
					"To step the family up to social care, use stepUp: it records social care's reference.");
			case CONSENT_WITHDRAWN -> throw UserErrorException.of("reason", "USE_WITHDRAW_CONSENT",
					"When the family withdraws consent, use withdrawConsent: it records who withdrew it.");
			default -> {
			}
		}
		String summary = required("summary", input.summary(), "Write a closing summary: what changed, and why it ends.");
		Map<UUID, OutcomeStatus> results = this.plans.results(episode.episodeId(), "outcomeResults",
				input.outcomeResults());
		List<String> signposting = input.signposting().stream().filter(text -> !text.isBlank()).map(String::strip).toList();
		boolean needsSignposts = input.reason() == ClosureReason.NEEDS_MET
				|| input.reason() == ClosureReason.UNIVERSAL_SERVICES;
		if (needsSignposts && signposting.isEmpty()) {
			throw UserErrorException.of("signposting", "SIGNPOSTING_REQUIRED",
					"Say where the family can find help from now on: at least one service or place.");
		}
		this.plans.setOutcomeStatuses(caller, episode, "recorded an outcome's result at closure", results);
		closeEpisode(caller, episode, recordedBy,
				new Closure(episode.episodeId(), LocalDate.now(this.clock), input.reason(), summary,
						blankToNull(input.familyFeedback()), blankToNull(input.childFeedback()), null),
				null, signposting);
		this.requests.answered(caller, "closeEpisode", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * Steps the family up to children's social care: the episode closes with the decision, who made it and social
	 * care's reference. Consent does not hold this back: a child's safety comes first.
	 * @return the episode
	 */
	@Transactional
	public UUID stepUp(Caller caller, StepUpInput input) {
		if (this.requests.replayOf(caller, "stepUp", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.CLOSE_EPISODE, null);
		UUID recordedBy = practitioner(caller);
		String reason = required("reason", input.reason(), "Say why the family needs social care's help.");
		closeEpisode(caller, episode, recordedBy, new Closure(episode.episodeId(), LocalDate.now(this.clock),
				ClosureReason.STEPPED_UP, reason, null, null, null), blankToNull(input.socialCareReference()), List.of());
		this.requests.answered(caller, "stepUp", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * A family member who may decide withdraws consent: the withdrawal is recorded and the episode closes at once
	 * (CONSENT_WITHDRAWN). Its records are kept; who may see them narrows, as the access rule says.
	 * @return the episode
	 */
	@Transactional
	public UUID withdrawConsent(Caller caller, WithdrawConsentInput input) {
		if (this.requests.replayOf(caller, "withdrawConsent", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.WITHDRAW_CONSENT, null);
		// A family member withdrawing in their own app need not say why; a practitioner writes down what was said.
		boolean themselves = caller instanceof Caller.FamilyMemberCaller;
		UUID recordedBy = themselves ? null : practitioner(caller);
		String reason = (themselves && (input.reason() == null || input.reason().isBlank())) ? WITHDRAWN_IN_APP
				: required("reason", input.reason(), "Write down what the family said.");
		this.consents.recordWithdrawal(caller, episode, input.givenByPersonId(), reason);
		closeEpisode(caller, episode, recordedBy, new Closure(episode.episodeId(), LocalDate.now(this.clock),
				ClosureReason.CONSENT_WITHDRAWN, reason, null, null, null), null, List.of());
		this.requests.answered(caller, "withdrawConsent", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	/**
	 * The family moved to another local authority: the case is handed over to that authority's service (who received
	 * it, whom to contact, what was sent) and the episode closes with MOVED_AWAY.
	 * @return the episode
	 */
	@Transactional
	public UUID transferOut(Caller caller, TransferOutInput input) {
		if (this.requests.replayOf(caller, "transferOut", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.CLOSE_EPISODE, null);
		UUID recordedBy = practitioner(caller);
		Transfer transfer = new Transfer(
				required("receivingAuthority", input.receivingAuthority(), "Name the authority the family moved to."),
				required("contact", input.contact(), "Say whom the case went to there, and how to reach them."),
				required("recordsSent", input.recordsSent(), "Say what was sent: the plan, the assessment, and how."));
		String summary = (input.summary() != null && !input.summary().isBlank()) ? input.summary().strip()
				: "The family moved away; the case went to " + transfer.receivingAuthority() + ".";
		closeEpisode(caller, episode, recordedBy, new Closure(episode.episodeId(), LocalDate.now(this.clock),
				ClosureReason.MOVED_AWAY, summary, null, null, transfer), null, List.of());
		this.requests.answered(caller, "transferOut", input.requestId(), input, episode.episodeId());
		return episode.episodeId();
	}

	private void closeEpisode(Caller caller, WriteAccess episode, @Nullable UUID recordedBy, Closure closure,
			@Nullable String socialCareReference, List<String> signposting) {
		this.repository.insert(closure, socialCareReference, recordedBy, signposting);
		this.audit.recordWrite(caller, "closed the episode", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Closure", episode.episodeId(), 0,
						List.of(new AuditEvent.FieldChange("reason", null, closure.reason().name()),
								new AuditEvent.FieldChange("socialCareReference", null, socialCareReference),
								new AuditEvent.FieldChange("transferredTo", null,
										(closure.transfer() != null) ? closure.transfer().receivingAuthority() : null),
								new AuditEvent.FieldChange("signposting", null,
										signposting.isEmpty() ? null : String.join("; ", signposting)))));
		this.plans.cancelUnfinishedActions(caller, episode, "cancelled an action as the episode closed");
		this.meetings.cancelUpcoming(caller, episode, "The episode closed.");
		this.notifications.tellPractitioners(this.teams.othersToTell(episode.episodeId(), caller),
				episode.episodeId(), "EPISODE_CLOSED",
				"%s: the episode is closed (%s).".formatted(episode.reference(), words(closure.reason())));
		this.episodes.move(caller, episode, EpisodeStatus.valueOf(episode.status()), EpisodeStatus.CLOSED);
	}

	private static UUID practitioner(Caller caller) {
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("An episode is closed by a practitioner.");
		}
		return practitioner.practitionerId();
	}

	private static String required(String field, @Nullable String text, String message) {
		if (text == null || text.isBlank()) {
			throw UserErrorException.of(field, "REQUIRED", message);
		}
		return text.strip();
	}

	private static String words(ClosureReason reason) {
		return switch (reason) {
			case NEEDS_MET -> "needs met";
			case SINGLE_AGENCY -> "one agency's support is enough";
			case UNIVERSAL_SERVICES -> "universal services";
			case STEPPED_UP -> "stepped up to social care";
			case CONSENT_WITHDRAWN -> "consent withdrawn";
			case MOVED_AWAY -> "moved away";
		};
	}

	public List<Closure> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	/** The reason recorded when a family member withdraws consent in their own app without saying why. */
	static final String WITHDRAWN_IN_APP = "Consent withdrawn by the family member in their own app; no reason given.";

	/** What a family member reads instead of the reasons for a step up to social care (the summary of its closure). */
	public static final String STEPPED_UP_FOR_THE_FAMILY = "Early help has ended: children's social care now works "
			+ "with the family.";

	/**
	 * The closures of these episodes (which the caller may see) as the caller may read them: a family member reads
	 * when and why it closed, the summary and where to turn, but not the child's feedback (nor, as a young person, the
	 * family's), not to whom a case that moved away went (a handover), and not the reasons for a step up to social care
	 * (which are the summary of such a closure: they read a plain sentence instead).
	 */
	public List<Closure> ofEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		List<Closure> all = ofEpisodes(episodeIds);
		if (own == null) {
			return all;
		}
		return all.stream()
			.map(closure -> new Closure(closure.episodeId(), closure.closedOn(), closure.reason(),
					(closure.reason() == ClosureReason.STEPPED_UP) ? STEPPED_UP_FOR_THE_FAMILY : closure.summary(),
					(own.kind() == FamilyMemberKind.YOUNG_PERSON) ? null : closure.familyFeedback(), null, null))
			.toList();
	}

	public Map<UUID, List<String>> signposting(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? Map.of() : this.repository.signposting(episodeIds);
	}

}
