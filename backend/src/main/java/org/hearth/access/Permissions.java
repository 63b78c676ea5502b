package org.hearth.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.hearth.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may take which step of the process, decided here and nowhere else. Every write locks the episode it changes
 * through {@link #lock}, inside its own transaction: the caller's relationship to the episode (as the read rule
 * sees it: team, management, the hub, the family, a partner's agency with sharing allowed), their role and token
 * scope, and the episode's status. Refusals say why; an episode the caller may not see is refused the same way as
 * one that does not exist.
 */
@Service
public class Permissions {

	private final AccessRepository repository;

	private final AccessService access;

	Permissions(AccessRepository repository, AccessService access) {
		this.repository = repository;
		this.access = access;
	}

	/**
	 * Locks the episode for the step, or refuses.
	 * @param ownerMemberId the team member who owns the record the step changes (an action's owner), when the step
	 * lets owners take it
	 * @throws AccessDeniedException when the caller may not take this step on this episode
	 * @throws UserErrorException with {@code EPISODE_CLOSED} when the step needs an open episode
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public WriteAccess lock(Caller caller, UUID episodeId, Step step, @Nullable UUID ownerMemberId) {
		AccessRepository.Standing standing = switch (caller) {
			case Caller.PractitionerCaller practitioner -> this.repository.lockForWrite(episodeId,
					this.access.visibilityOf(caller), practitioner.practitionerId(), null, null, ownerMemberId);
			case Caller.FamilyMemberCaller member -> this.repository.lockForWrite(episodeId,
					this.access.visibilityOf(caller), null, member.personId(), null, ownerMemberId);
			// A partner writes only with actions:write, and only where its agency is on the team and may be shared with.
			case Caller.PartnerCaller partner -> partner.scopes().contains(AccessService.ACTIONS_WRITE)
					? this.repository.lockForWrite(episodeId, new Visibility.AgencyOnTeam(partner.agencyId()), null, null,
							partner.agencyId(), ownerMemberId)
					: null;
			case Caller.SystemCaller system -> this.repository.lockForWrite(episodeId, new Visibility.Everything(), null,
					null, null, ownerMemberId);
		};
		if (standing == null) {
			throw new AccessDeniedException("No episode you may change has this id.");
		}
		Set<Step.Relationship> relationships = relationships(caller, standing);
		if (!step.allows(relationships, standing.owner())) {
			throw new AccessDeniedException("You may not " + step.describe() + " on this episode.");
		}
		WriteAccess locked = new WriteAccess(episodeId, standing.familyId(), standing.reference(), standing.status(),
				standing.version(), standing.leadPractitionerId(), relationships);
		if (step.openOnly() && !locked.isOpen()) {
			throw UserErrorException.of(null, "EPISODE_CLOSED", "This episode is closed: nothing more can be recorded in it.");
		}
		return locked;
	}

	/**
	 * For a request for early help about a family Hearth knows: the caller is a practitioner who may see the family,
	 * which stays locked until the request's transaction ends (so two requests for it cannot both open an episode).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockFamilyForRequest(Caller caller, UUID familyId) {
		practitionerItself(caller, "ask for early help");
		if (!this.repository.lockFamily(familyId, this.access.visibilityOf(caller))) {
			throw new AccessDeniedException("No family you may see has this id.");
		}
	}

	/**
	 * For a safeguarding referral of a family: any practitioner who may see the family, or who is on the team of one
	 * of its episodes now even where the family's consent keeps the episode from them (significant harm overrides
	 * consent). The family stays locked until the transaction ends. Families and partner systems may not.
	 * @return the practitioner's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID lockFamilyForReferral(Caller caller, UUID familyId) {
		UUID practitionerId = practitionerItself(caller, "record a safeguarding referral");
		if (!this.repository.lockFamily(familyId, this.access.visibilityOf(caller))
				&& !this.repository.lockFamilyOfTeamMember(familyId, practitionerId)) {
			throw new AccessDeniedException("No family you may see has this id.");
		}
		return practitionerId;
	}

	/**
	 * For a step on a family as a whole that only the Early Help team takes (a legal hold under the retention policy):
	 * the family stays locked until the transaction ends. Anyone else, partner systems and families included, is
	 * refused; so is an id of no family.
	 * @param step the step in words, after "Only the Early Help team may"
	 * @return the practitioner's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID lockFamilyForEarlyHelpTeam(Caller caller, UUID familyId, String step) {
		if (!this.access.isEarlyHelpTeam(caller) || !(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("Only the Early Help team may " + step + ".");
		}
		if (!this.repository.lockFamily(familyId, new Visibility.Everything())) {
			throw new AccessDeniedException("No family you may see has this id.");
		}
		return practitioner.practitionerId();
	}

	/** For a request for early help with a new family: practitioners ask for early help, nobody else. */
	public void checkRequester(Caller caller) {
		practitionerItself(caller, "ask for early help");
	}

	/**
	 * For a write to the caller's own things (their notifications), or one only practitioners make.
	 * @param step the step in words, after "Only practitioners may"
	 * @return the practitioner's id
	 * @throws AccessDeniedException for anyone else
	 */
	public UUID practitionerItself(Caller caller, String step) {
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("Only practitioners may " + step + ".");
		}
		return practitioner.practitionerId();
	}

	/**
	 * For a change to the caller's own settings (reminders on or off): a practitioner or a family member, each for
	 * themselves; partner systems and Hearth itself have no such settings.
	 * @param step the step in words, after "Only a person signed in may"
	 * @throws AccessDeniedException for anyone else
	 */
	public void personItself(Caller caller, String step) {
		if (!(caller instanceof Caller.PractitionerCaller) && !(caller instanceof Caller.FamilyMemberCaller)) {
			throw new AccessDeniedException("Only a person signed in may " + step + ".");
		}
	}

	/**
	 * For a read shown only to those who may take a step on a family (its members' contact details, to those who may
	 * change the family's members): the families, of these, whose open episode the caller may take the step on, by the
	 * same relationships {@link #lock} decides by. Deny by default: a family with no open episode the caller may see,
	 * or a partner system without {@code actions:write}, is left out. Reads only; nothing is locked.
	 */
	public Set<UUID> familiesAllowing(Caller caller, java.util.Collection<UUID> familyIds, Step step) {
		if (familyIds.isEmpty()) {
			return Set.of();
		}
		java.util.Map<UUID, AccessRepository.Standing> standings = switch (caller) {
			case Caller.PractitionerCaller practitioner -> this.repository.openEpisodeStandings(familyIds,
					this.access.visibilityOf(caller), practitioner.practitionerId());
			case Caller.FamilyMemberCaller member -> this.repository.openEpisodeStandings(familyIds,
					this.access.visibilityOf(caller), null);
			case Caller.PartnerCaller partner -> partner.scopes().contains(AccessService.ACTIONS_WRITE)
					? this.repository.openEpisodeStandings(familyIds, new Visibility.AgencyOnTeam(partner.agencyId()),
							null)
					: java.util.Map.of();
			case Caller.SystemCaller system -> this.repository.openEpisodeStandings(familyIds,
					new Visibility.Everything(), null);
		};
		Set<UUID> allowed = new java.util.HashSet<>();
		standings.forEach((familyId, standing) -> {
			if (step.allows(relationships(caller, standing), false)) {
				allowed.add(familyId);
			}
		});
		return allowed;
	}

	private static Set<Step.Relationship> relationships(Caller caller, AccessRepository.Standing standing) {
		Set<Step.Relationship> relationships = EnumSet.noneOf(Step.Relationship.class);
		switch (caller) {
			case Caller.PractitionerCaller practitioner -> {
				if (practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM)) {
					relationships.add(Step.Relationship.EARLY_HELP_TEAM);
				}
				if (standing.lead()) {
					relationships.add(Step.Relationship.LEAD);
				}
				else if (standing.member()) {
					relationships.add(Step.Relationship.TEAM_MEMBER);
				}
				if (standing.leadsManager()) {
					relationships.add(Step.Relationship.MANAGER);
				}
				if (standing.membersManager() && !standing.member()) {
					relationships.add(Step.Relationship.MEMBERS_MANAGER);
				}
			}
			case Caller.FamilyMemberCaller member -> relationships.add(Step.Relationship.FAMILY_MEMBER);
			case Caller.PartnerCaller partner -> relationships.add(Step.Relationship.PARTNER_AGENCY);
			case Caller.SystemCaller system -> relationships.add(Step.Relationship.EARLY_HELP_TEAM);
		}
		return relationships;
	}

}
