package org.hearth.safeguarding;

import static org.hearth.system.Texts.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.PractitionerRole;
import org.hearth.agency.AgencyService;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.family.FamilyService;
import org.hearth.family.NewFamilyInput;
import org.hearth.family.Person;
import org.hearth.family.PersonRole;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a family was referred to children's social care for risk of significant harm. Significant harm
 * overrides consent, so consent is not checked: any practitioner who may see the family records it, and the decision
 * is kept with who made it. The family's lead and the lead's manager are told.
 */
@Service
public class SafeguardingService {

	/** The width of the social care reference column. */
	private static final int MAX_REFERENCE = 60;

	private final SafeguardingRepository repository;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final EpisodeService episodes;

	private final TeamService teams;

	private final AgencyService agencies;

	private final NotificationService notifications;

	private final FamilyService families;

	private final Clock clock;

	SafeguardingService(SafeguardingRepository repository, Permissions permissions, ClientRequests requests,
			AuditService audit, EpisodeService episodes, TeamService teams, AgencyService agencies,
			NotificationService notifications, FamilyService families, Clock clock) {
		this.families = families;
		this.repository = repository;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.episodes = episodes;
		this.teams = teams;
		this.agencies = agencies;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Records the referral, audited, for a family Hearth knows or for a new one (created in the same transaction,
	 * with at least one child, as a request for early help creates it). An episode named must be the family's. When
	 * the family has an open episode, its lead and the lead's manager are told (not the practitioner who recorded
	 * it). Sent again with the same id, it answers the referral (and so the family) of the first time.
	 */
	@Transactional
	public SafeguardingReferral record(Caller caller, RecordSafeguardingReferralInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "recordSafeguardingReferral", input.id(), input);
		if (replayed.isPresent()) {
			return this.repository.find(replayed.get())
				.orElseThrow(() -> new AccessDeniedException("No referral you may see has this id."));
		}
		UUID decidedBy = this.permissions.practitionerItself(caller, "record a safeguarding referral");
		if ((input.familyId() == null) == (input.newFamily() == null)) {
			throw UserErrorException.of("familyId", "FAMILY_REQUIRED",
					"Give either the id of a family Hearth knows or a new family, not both.");
		}
		if (input.familyId() != null) {
			this.permissions.lockFamilyForReferral(caller, input.familyId());
		}
		String reason = input.reason().strip();
		if (reason.isEmpty()) {
			throw UserErrorException.of("reason", "REQUIRED", "Say why the family is referred to social care.");
		}
		String reference = blankToNull(input.socialCareReference());
		if (reference != null && reference.length() > MAX_REFERENCE) {
			throw UserErrorException.of("socialCareReference", "TOO_LONG",
					"Social care's reference is at most %d characters.".formatted(MAX_REFERENCE));
		}
		if (input.episodeId() != null && (input.familyId() == null || this.episodes.episodes(List.of(input.episodeId()))
			.stream()
			.noneMatch(episode -> episode.familyId().equals(input.familyId())))) {
			throw UserErrorException.of("episodeId", "NOT_IN_FAMILY", "This episode is not this family's.");
		}
		UUID familyId = (input.familyId() != null) ? input.familyId() : createFamily(caller, input.newFamily());
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		SafeguardingReferral referral = new SafeguardingReferral(id, familyId, input.episodeId(), decidedBy,
				this.clock.instant(), reason, reference);
		try {
			this.repository.insert(referral);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "recorded a safeguarding referral", familyId, input.episodeId(),
				new AuditService.Written("SafeguardingReferral", id, 0,
						List.of(new AuditEvent.FieldChange("reason", null, reason),
								new AuditEvent.FieldChange("socialCareReference", null, reference))));
		this.episodes.openEpisodeOf(familyId).ifPresent(open -> tellLeadSide(decidedBy, open));
		this.requests.answered(caller, "recordSafeguardingReferral", input.id(), input, id);
		return referral;
	}

	/**
	 * A family new to Hearth, with its members, as a request for early help creates one (at least one child). It has
	 * no episode, so only the Early Help team sees it. Its id is kept on the referral, so a replay answers it again.
	 */
	private UUID createFamily(Caller caller, NewFamilyInput newFamily) {
		if (newFamily.members().stream().noneMatch(member -> member.role() == PersonRole.CHILD)) {
			throw UserErrorException.of("newFamily.members", "CHILD_REQUIRED",
					"A safeguarding referral is for a family with children: add at least one child (or an unborn baby).");
		}
		UUID familyId = Ids.newId();
		List<Person> members = this.families.create(familyId, newFamily, "newFamily");
		this.audit.recordWrite(caller, "added a family for a safeguarding referral", familyId, null,
				new AuditService.Written("Family", familyId, 0,
						List.of(new AuditEvent.FieldChange("members", null, Integer.toString(members.size())))));
		return familyId;
	}

	private void tellLeadSide(UUID decidedBy, Episode open) {
		List<UUID> leads = this.teams.ofEpisodes(List.of(open.id()))
			.stream()
			.filter(member -> member.isLead() && member.leftOn() == null && member.practitionerId() != null)
			.map(TeamMember::practitionerId)
			.toList();
		List<UUID> told = new ArrayList<>(leads);
		told.addAll(this.agencies.managersOf(leads));
		told.removeIf(decidedBy::equals);
		this.notifications.tellPractitioners(told, open.id(), "SAFEGUARDING_REFERRAL",
				"%s: a safeguarding referral to children's social care was recorded for this family."
					.formatted(open.reference()));
	}

	/**
	 * The families' referrals, for managers and the Early Help team (who oversee safeguarding decisions); none for
	 * anyone else. The caller has already been shown the families.
	 */
	public List<SafeguardingReferral> ofFamilies(Caller caller, Collection<UUID> familyIds) {
		boolean oversees = caller instanceof Caller.PractitionerCaller practitioner
				&& (practitioner.hasRole(PractitionerRole.MANAGER)
						|| practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM));
		return (oversees && !familyIds.isEmpty()) ? this.repository.ofFamilies(familyIds) : List.of();
	}

}
