package org.hearth.access;

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

	public Visibility visibilityOf(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner when practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM) ->
				new Visibility.Everything();
			case Caller.PractitionerCaller practitioner -> new Visibility.ThroughTeam(practitioner.practitionerId());
			case Caller.FamilyMemberCaller member -> new Visibility.OwnFamily(member.familyId());
			case Caller.PartnerCaller partner when partner.scopes().contains(PLANS_READ) ->
				new Visibility.AgencyOnTeam(partner.agencyId());
			case Caller.PartnerCaller partner -> new Visibility.Nothing();
			case Caller.SystemCaller system -> new Visibility.Everything();
		};
	}

	/** Managers and the Early Help team oversee practice: they may read the audit trail of families they can see. */
	public boolean mayReadAuditTrail(Caller caller) {
		return caller instanceof Caller.PractitionerCaller practitioner
				&& (practitioner.hasRole(PractitionerRole.MANAGER)
						|| practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM));
	}

}
