package org.hearth.team;

import static org.hearth.system.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.WriteAccess;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.consent.ConsentService;
import org.hearth.episode.EpisodeService;
import org.hearth.family.FamilyService;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Teams Around the Family; a team member is visible exactly when their episode is. */
@Service
public class TeamService {

	private final TeamRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final NotificationService notifications;

	private final ConsentService consents;

	private final FamilyService families;

	private final AgencyService agencies;

	private final Clock clock;

	private final AccessService access;

	TeamService(TeamRepository repository, EpisodeService episodes, Permissions permissions, ClientRequests requests,
			AuditService audit, NotificationService notifications, ConsentService consents, FamilyService families,
			AgencyService agencies, Clock clock, AccessService access) {
		this.access = access;
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.notifications = notifications;
		this.consents = consents;
		this.families = families;
		this.agencies = agencies;
		this.clock = clock;
	}

	public List<TeamMember> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	public List<TeamMember> members(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.findAll(ids);
	}

	public Optional<TeamMember> find(Caller caller, UUID id) {
		return this.repository.find(id).filter(member -> this.episodes.find(caller, member.episodeId()).isPresent());
	}

	/** The practitioner who asked for early help leads the new team until someone takes over. */
	@Transactional(propagation = Propagation.MANDATORY)
	public TeamMember addInterimLead(UUID episodeId, UUID practitionerId) {
		TeamMember lead = new TeamMember(Ids.newId(), episodeId, practitionerId, null, "Asked for early help",
				true, LocalDate.now(this.clock), null);
		this.repository.insert(lead);
		return lead;
	}

	/**
	 * Adds a practitioner or a member of the episode's family to its team. Nobody is on a team twice; a practitioner
	 * of an agency the family's latest share decision leaves out may not join (the team shares the family's
	 * information). A new member leads only when the team has no lead: otherwise the lead changes by a handover. The
	 * practitioner added is told.
	 * @return the episode
	 */
	@Transactional
	public UUID addMember(Caller caller, AddTeamMemberInput input) {
		if (this.requests.replayOf(caller, "addTeamMember", input.id(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.CHANGE_TEAM, null);
		if ((input.practitionerId() == null) == (input.personId() == null)) {
			throw UserErrorException.of("practitionerId", "EXACTLY_ONE",
					"Give either a practitioner or a family member (personId), not both and not neither.");
		}
		List<TeamMember> current = current(episode.episodeId());
		if (input.practitionerId() != null) {
			checkPractitionerMayJoin(episode, input.practitionerId(), current);
		}
		else {
			checkFamilyMemberMayJoin(episode, input.personId(), current);
		}
		boolean makeLead = Boolean.TRUE.equals(input.makeLead());
		if (makeLead && input.practitionerId() == null) {
			throw UserErrorException.of("makeLead", "NOT_A_PRACTITIONER", "Only a practitioner can lead the team.");
		}
		if (makeLead && current.stream().anyMatch(TeamMember::isLead)) {
			throw UserErrorException.of("makeLead", "LEAD_MUST_HAND_OVER",
					"This team has a lead: to change the lead, use handOverLead.");
		}
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		TeamMember member = new TeamMember(id, episode.episodeId(), input.practitionerId(), input.personId(),
				blankToNull(input.roleDescription()), makeLead, LocalDate.now(this.clock), null);
		try {
			this.repository.insert(member);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "added a team member", episode.familyId(), episode.episodeId(),
				new AuditService.Written("TeamMember", id, 0,
						List.of(new AuditEvent.FieldChange("practitionerId", null, text(member.practitionerId())),
								new AuditEvent.FieldChange("personId", null, text(member.personId())),
								new AuditEvent.FieldChange("roleDescription", null, member.roleDescription()),
								new AuditEvent.FieldChange("isLead", null, Boolean.toString(makeLead)))));
		if (member.practitionerId() != null) {
			tell(caller, List.of(member.practitionerId()), episode, "ADDED_TO_TEAM",
					(makeLead ? "You are now the lead practitioner of " : "You have been added to the team of ")
							+ episode.reference() + ".");
		}
		this.requests.answered(caller, "addTeamMember", input.id(), input, id);
		return episode.episodeId();
	}

	private void checkPractitionerMayJoin(WriteAccess episode, UUID practitionerId, List<TeamMember> current) {
		Practitioner practitioner = this.agencies.practitioner(practitionerId)
			.orElseThrow(() -> UserErrorException.of("practitionerId", "UNKNOWN_PRACTITIONER",
					"No practitioner has this id."));
		if (current.stream().anyMatch(member -> practitionerId.equals(member.practitionerId()))) {
			throw UserErrorException.of("practitionerId", "ALREADY_ON_TEAM", "This practitioner is on the team already.");
		}
		if (this.consents.excludesAgency(episode.episodeId(), practitioner.agencyId())) {
			throw UserErrorException.of("practitionerId", "CONSENT_EXCLUDES_AGENCY",
					"The family has not agreed to share their information with this practitioner's agency.");
		}
	}

	private void checkFamilyMemberMayJoin(WriteAccess episode, UUID personId, List<TeamMember> current) {
		boolean inFamily = this.families.people(List.of(personId))
			.stream()
			.anyMatch(person -> person.familyId().equals(episode.familyId()));
		if (!inFamily) {
			throw UserErrorException.of("personId", "NOT_IN_FAMILY", "This person is not a member of this family.");
		}
		if (current.stream().anyMatch(member -> personId.equals(member.personId()))) {
			throw UserErrorException.of("personId", "ALREADY_ON_TEAM", "This person is on the team already.");
		}
	}

	/**
	 * Hands the lead to another practitioner on the team and records the handover (today, by the caller). The new
	 * lead, the old one and their managers are told.
	 * @return the episode
	 */
	@Transactional
	public UUID handOverLead(Caller caller, HandOverLeadInput input) {
		if (this.requests.replayOf(caller, "handOverLead", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.HAND_OVER_LEAD, null);
		List<TeamMember> current = current(episode.episodeId());
		TeamMember to = current.stream()
			.filter(member -> member.id().equals(input.toTeamMemberId()))
			.findFirst()
			.orElseThrow(() -> UserErrorException.of("toTeamMemberId", "NOT_A_MEMBER",
					"The lead goes to someone on the team now; add them to the team first."));
		if (to.practitionerId() == null) {
			throw UserErrorException.of("toTeamMemberId", "NOT_A_PRACTITIONER", "Only a practitioner can lead the team.");
		}
		if (to.isLead()) {
			throw UserErrorException.of("toTeamMemberId", "ALREADY_LEAD", "This practitioner leads the team already.");
		}
		TeamMember from = current.stream()
			.filter(TeamMember::isLead)
			.findFirst()
			.orElseThrow(() -> UserErrorException.of(null, "NO_LEAD",
					"This team has no lead to hand over from."));
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("A handover is recorded by a practitioner.");
		}
		Handover handover = new Handover(Ids.newId(), episode.episodeId(), from.id(), to.id(), LocalDate.now(this.clock),
				input.familyConsulted(), blankToNull(input.notes()));
		this.repository.clearLead(from.id());
		this.repository.makeLead(to);
		this.repository.insertHandover(handover, practitioner.practitionerId());
		this.audit.recordWrite(caller, "handed over the lead", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Handover", handover.id(), 0,
						List.of(new AuditEvent.FieldChange("lead", text(from.practitionerId()), text(to.practitionerId())),
								new AuditEvent.FieldChange("familyConsulted", null,
										Boolean.toString(input.familyConsulted())),
								new AuditEvent.FieldChange("notes", null, handover.notes()))));
		UUID newLead = Objects.requireNonNull(to.practitionerId());
		UUID oldLead = Objects.requireNonNull(from.practitionerId());
		tell(caller, List.of(newLead), episode, "LEAD_HANDED_OVER",
				"You are now the lead practitioner of " + episode.reference() + ".");
		tell(caller, List.of(oldLead), episode, "LEAD_HANDED_OVER",
				"You have handed over the lead of " + episode.reference() + ".");
		List<UUID> managers = new ArrayList<>(this.agencies.managersOf(List.of(newLead, oldLead)));
		managers.removeAll(List.of(newLead, oldLead));
		tell(caller, managers, episode, "LEAD_HANDED_OVER",
				"The lead of " + episode.reference() + " has been handed over.");
		this.requests.answered(caller, "handOverLead", input.requestId(), input, handover.id());
		return episode.episodeId();
	}

	/**
	 * Ends someone's place on the team today; the place itself is kept (who was on the team, and when, is part of
	 * the record). The lead leaves only by handing over first. A practitioner taken off is told.
	 * @return the episode
	 */
	@Transactional
	public UUID removeMember(Caller caller, RemoveTeamMemberInput input) {
		if (this.requests.replayOf(caller, "removeTeamMember", input.requestId(), input).isPresent()) {
			return this.repository.find(input.teamMemberId()).orElseThrow().episodeId();
		}
		TeamMember found = this.repository.find(input.teamMemberId())
			.orElseThrow(() -> new AccessDeniedException("No team member you may change has this id."));
		WriteAccess episode = this.permissions.lock(caller, found.episodeId(), Step.CHANGE_TEAM, null);
		// Read again under the episode's lock: what the checks see is what gets changed.
		TeamMember member = this.repository.find(found.id()).orElseThrow();
		if (member.leftOn() != null) {
			throw UserErrorException.of("teamMemberId", "NOT_A_MEMBER", "This member has left the team already.");
		}
		if (member.isLead()) {
			throw UserErrorException.of("teamMemberId", "LEAD_MUST_HAND_OVER",
					"The lead leaves the team only after handing over the lead (handOverLead).");
		}
		LocalDate today = LocalDate.now(this.clock);
		this.repository.markLeft(member.id(), today);
		this.audit.recordWrite(caller, "took a member off the team", episode.familyId(), episode.episodeId(),
				new AuditService.Written("TeamMember", member.id(), 0,
						List.of(new AuditEvent.FieldChange("leftOn", null, today.toString()))));
		if (member.practitionerId() != null) {
			tell(caller, List.of(member.practitionerId()), episode, "REMOVED_FROM_TEAM",
					"You are no longer on the team of " + episode.reference() + ".");
		}
		this.requests.answered(caller, "removeTeamMember", input.requestId(), input, member.id());
		return episode.episodeId();
	}

	public List<Handover> handovers(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.handovers(episodeIds);
	}

	/** The changes of lead on these episodes: none for a family member (they see who leads now, on the team). */
	public List<Handover> handovers(Caller caller, Collection<UUID> episodeIds) {
		return (this.access.familyMemberOf(caller) != null) ? List.of() : handovers(episodeIds);
	}

	/** The practitioners on the episode's team now, but the caller: whom to tell of what the caller did in it. */
	public List<UUID> othersToTell(UUID episodeId, Caller caller) {
		UUID actor = (caller instanceof Caller.PractitionerCaller practitioner) ? practitioner.practitionerId() : null;
		return this.repository.ofEpisodes(List.of(episodeId))
			.stream()
			.filter(member -> member.leftOn() == null && member.practitionerId() != null)
			.map(TeamMember::practitionerId)
			.filter(practitioner -> !practitioner.equals(actor))
			.toList();
	}

	/** Those on the episode's team now (not those who have left). */
	private List<TeamMember> current(UUID episodeId) {
		return this.repository.ofEpisodes(List.of(episodeId)).stream().filter(member -> member.leftOn() == null).toList();
	}

	/** Tells practitioners of a change to the team, except the one who made it. */
	private void tell(Caller caller, Collection<UUID> practitionerIds, WriteAccess episode, String kind, String message) {
		List<UUID> others = practitionerIds.stream()
			.filter(practitioner -> !(caller instanceof Caller.PractitionerCaller self
					&& self.practitionerId().equals(practitioner)))
			.toList();
		if (!others.isEmpty()) {
			this.notifications.tellPractitioners(others, episode.episodeId(), kind, message);
		}
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
