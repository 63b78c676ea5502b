package org.hearth.consent;

import static org.hearth.system.Texts.blankToNull;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.hearth.episode.EpisodeSource;
import org.hearth.episode.EpisodeStatus;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Consent: recording a family member's decision, and whether an episode's consent stands. */
@Service
public class ConsentService {

	private final ConsentRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final FamilyService families;

	private final Clock clock;

	ConsentService(ConsentRepository repository, EpisodeService episodes, Permissions permissions,
			ClientRequests requests, AuditService audit, FamilyService families, Clock clock) {
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.families = families;
		this.clock = clock;
	}

	/**
	 * Records a family member's decision on starting, storing or sharing. A refusal is recorded and holds the
	 * episode where it is; once start and store are given, a requested episode moves to assessing (a step-down from
	 * social care, which brings its assessment, to planning). Only share consent may leave agencies out.
	 * @return the episode
	 */
	@Transactional
	public UUID record(Caller caller, RecordConsentInput input) {
		if (this.requests.replayOf(caller, "recordConsent", input.id(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_CONSENT, null);
		if (input.decision() == ConsentDecision.WITHDRAWN) {
			throw UserErrorException.of("decision", "USE_WITHDRAW_CONSENT",
					"To take consent back, use withdrawConsent: it also closes the episode.");
		}
		Person person = decider(episode, input.givenByPersonId());
		List<UUID> excluded = (input.excludedAgencyIds() != null) ? List.copyOf(new LinkedHashSet<>(input.excludedAgencyIds()))
				: List.of();
		if (!excluded.isEmpty() && input.scope() != ConsentScope.SHARE) {
			throw UserErrorException.of("excludedAgencyIds", "NOT_FOR_SCOPE",
					"Only consent to share can leave agencies out.");
		}
		if (this.repository.countAgencies(excluded) != excluded.size()) {
			throw UserErrorException.of("excludedAgencyIds", "UNKNOWN_AGENCY", "One of these is not an agency.");
		}
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("Consent is taken down by a practitioner.");
		}
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		Consent consent = new Consent(id, episode.episodeId(), input.scope(), input.decision(), person.id(),
				practitioner.practitionerId(), this.clock.instant(), input.method(), blankToNull(input.notes()));
		try {
			this.repository.insert(consent, excluded);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "recorded consent", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Consent", id, 0,
						List.of(new AuditEvent.FieldChange("scope", null, input.scope().name()),
								new AuditEvent.FieldChange("decision", null, input.decision().name()),
								new AuditEvent.FieldChange("excludedAgencyIds", null,
										excluded.isEmpty() ? null : excluded.toString()))));
		if (EpisodeStatus.REQUESTED.name().equals(episode.status()) && startAndStoreGiven(episode.episodeId())) {
			boolean stepDown = this.episodes.episodes(List.of(episode.episodeId()))
				.stream()
				.anyMatch(found -> found.source() == EpisodeSource.STEP_DOWN_FROM_SOCIAL_CARE);
			this.episodes.move(caller, episode, EpisodeStatus.REQUESTED,
					stepDown ? EpisodeStatus.PLANNING : EpisodeStatus.ASSESSING);
		}
		this.requests.answered(caller, "recordConsent", input.id(), input, id);
		return episode.episodeId();
	}

	/**
	 * Records that a family member takes their consent back, as part of the step that closes the episode for it:
	 * the withdrawal stands for the support itself (start), and the access rule narrows at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordWithdrawal(Caller caller, WriteAccess episode, UUID personId, String reason) {
		Person person = decider(episode, personId);
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("A withdrawal of consent is taken down by a practitioner.");
		}
		UUID id = Ids.newId();
		this.repository.insert(new Consent(id, episode.episodeId(), ConsentScope.START, ConsentDecision.WITHDRAWN,
				person.id(), practitioner.practitionerId(), this.clock.instant(), ConsentMethod.VERBAL, reason),
				List.of());
		this.audit.recordWrite(caller, "recorded a withdrawal of consent", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Consent", id, 0,
						List.of(new AuditEvent.FieldChange("decision", null, ConsentDecision.WITHDRAWN.name()))));
	}

	/** Someone of the episode's family who may decide on the family's support. */
	private Person decider(WriteAccess episode, UUID personId) {
		Person person = this.families.people(List.of(personId))
			.stream()
			.filter(found -> found.familyId().equals(episode.familyId()))
			.findFirst()
			.orElseThrow(() -> UserErrorException.of("givenByPersonId", "NOT_IN_FAMILY",
					"This person is not a member of this family."));
		if (!this.families.mayDecide(person)) {
			throw UserErrorException.of("givenByPersonId", "NOT_ELIGIBLE",
					"Consent is given by someone with parental responsibility, or by a young person aged "
							+ FamilyService.YOUNG_PERSON_AGE + " or over for themself.");
		}
		return person;
	}

	/** The latest decision on start and on store is to give it. */
	private boolean startAndStoreGiven(UUID episodeId) {
		Map<ConsentScope, ConsentDecision> latest = new EnumMap<>(ConsentScope.class);
		this.repository.ofEpisodes(List.of(episodeId)).forEach(consent -> latest.put(consent.scope(), consent.decision()));
		return latest.get(ConsentScope.START) == ConsentDecision.GIVEN
				&& latest.get(ConsentScope.STORE) == ConsentDecision.GIVEN;
	}

	public List<Consent> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	/** A consent record, if the caller may see its episode. */
	public Optional<Consent> find(Caller caller, UUID id) {
		return this.repository.find(id).filter(consent -> this.episodes.find(caller, consent.episodeId()).isPresent());
	}

	public Map<UUID, List<UUID>> excludedAgencyIds(Collection<UUID> consentIds) {
		return consentIds.isEmpty() ? Map.of() : this.repository.excludedAgencies(consentIds);
	}

	/**
	 * Whether the family's latest decision on sharing leaves this agency out: its practitioners may not join the
	 * team while it does.
	 */
	public boolean excludesAgency(UUID episodeId, UUID agencyId) {
		return this.repository.excludedByLatestShare(episodeId).contains(agencyId);
	}

	/**
	 * Consent stands while start, store and share have each been given by someone and nobody has withdrawn any of
	 * them: a withdrawal ends the episode.
	 */
	public boolean isActive(List<Consent> consents) {
		if (consents.stream().anyMatch(consent -> consent.decision() == ConsentDecision.WITHDRAWN)) {
			return false;
		}
		Set<ConsentScope> given = EnumSet.noneOf(ConsentScope.class);
		consents.stream()
			.filter(consent -> consent.decision() == ConsentDecision.GIVEN)
			.forEach(consent -> given.add(consent.scope()));
		return given.containsAll(EnumSet.allOf(ConsentScope.class));
	}

}
