package org.hearth.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The access rule: what a caller's relationship to a family, and the family's consent, let them see. The rule is
 * applied in SQL (see {@link AccessRepository}) so lists, counts and single reads all agree.
 */
@Service
public class AccessService {

	/** The scope a partner system needs to read plans. */
	public static final String PLANS_READ = "plans:read";

	/** The scope a partner system needs to update its own practitioners' actions. */
	public static final String ACTIONS_WRITE = "actions:write";

	private final AccessRepository repository;

	AccessService(AccessRepository repository) {
		this.repository = repository;
	}

	public Visibility visibilityOf(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner when practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM) ->
				new Visibility.Everything();
			case Caller.PractitionerCaller practitioner -> new Visibility.ThroughTeam(practitioner.practitionerId());
			case Caller.FamilyMemberCaller member -> ownFamily(member);
			case Caller.PartnerCaller partner when partner.scopes().contains(PLANS_READ) ->
				new Visibility.AgencyOnTeam(partner.agencyId());
			case Caller.PartnerCaller partner -> new Visibility.Nothing();
			case Caller.SystemCaller system -> new Visibility.Everything();
		};
	}

	/**
	 * For a family member, what the services narrow each feature by (who they are and which kind: see the table in
	 * this package's documentation); null for every other caller, who sees the whole of each episode they may see.
	 */
	public Visibility.@Nullable OwnFamily familyMemberOf(Caller caller) {
		if (!(caller instanceof Caller.FamilyMemberCaller member)) {
			return null;
		}
		Visibility.OwnFamily own = ownFamilyOrNull(member);
		// Gone from the family: they see no episode at all (visibilityOf), and the narrowest of everything.
		return (own != null) ? own
				: new Visibility.OwnFamily(member.familyId(), member.personId(), FamilyMemberKind.YOUNG_PERSON);
	}

	/**
	 * The family member's kind is read from their record at each call, so a change of role or parental
	 * responsibility applies at once; a member no longer in the family (or gone) sees nothing.
	 */
	private Visibility ownFamily(Caller.FamilyMemberCaller member) {
		Visibility.OwnFamily own = ownFamilyOrNull(member);
		return (own != null) ? own : new Visibility.Nothing();
	}

	private Visibility.@Nullable OwnFamily ownFamilyOrNull(Caller.FamilyMemberCaller member) {
		FamilyMemberKind kind = this.repository.kindOf(member.personId(), member.familyId());
		return (kind != null) ? new Visibility.OwnFamily(member.familyId(), member.personId(), kind) : null;
	}

	/** The Early Help team (the hub), who oversee every episode and the retention of records. */
	public boolean isEarlyHelpTeam(Caller caller) {
		return caller instanceof Caller.PractitionerCaller practitioner
				&& practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM);
	}

	/** Managers and the Early Help team oversee practice: they may read the audit trail of families they can see. */
	public boolean mayReadAuditTrail(Caller caller) {
		return caller instanceof Caller.PractitionerCaller practitioner
				&& (practitioner.hasRole(PractitionerRole.MANAGER)
						|| practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM));
	}

}
