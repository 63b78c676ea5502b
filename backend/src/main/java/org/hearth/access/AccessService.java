package org.hearth.access;

import org.springframework.stereotype.Service;

/** The access rule: what a caller's relationship to families lets them see. */
@Service
public class AccessService {

	public Visibility visibilityOf(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner when practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM) ->
				new Visibility.Everything();
			case Caller.PractitionerCaller practitioner -> new Visibility.ThroughTeam(practitioner.practitionerId());
			case Caller.FamilyMemberCaller member -> new Visibility.OwnFamily(member.familyId());
			case Caller.PartnerCaller partner -> new Visibility.AgencyOnTeam(partner.agencyId());
			case Caller.SystemCaller system -> new Visibility.Everything();
		};
	}

}
