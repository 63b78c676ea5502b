package org.hearth.viewer;

import java.util.List;
import java.util.NoSuchElementException;

import org.hearth.access.Caller;
import org.hearth.agency.AgencyService;
import org.hearth.audit.AuditService;
import org.hearth.family.FamilyService;
import org.springframework.stereotype.Service;

/** Describes the caller to themselves. */
@Service
class ViewerService {

	private final AgencyService agencies;

	private final FamilyService families;

	private final AuditService audit;

	ViewerService(AgencyService agencies, FamilyService families, AuditService audit) {
		this.agencies = agencies;
		this.families = families;
		this.audit = audit;
	}

	Object viewer(Caller caller) {
		if (caller instanceof Caller.FamilyMemberCaller member) {
			this.audit.record(caller, "read own family (viewer)", member.familyId(), null);
		}
		return switch (caller) {
			case Caller.PractitionerCaller practitioner -> new Viewers.PractitionerViewer(
					this.agencies.practitioner(practitioner.practitionerId()).orElseThrow(),
					this.agencies.rolesOf(practitioner.practitionerId()));
			case Caller.FamilyMemberCaller member -> new Viewers.FamilyViewer(
					this.families.people(List.of(member.personId())).getFirst(),
					this.families.families(List.of(member.familyId())).getFirst());
			case Caller.PartnerCaller partner -> new Viewers.PartnerViewer(partner.clientId(),
					this.agencies.agency(partner.agencyId()).orElseThrow(),
					partner.scopes().stream().sorted().toList());
			case Caller.SystemCaller system -> throw new NoSuchElementException("Hearth itself is never a viewer");
		};
	}

}
