package org.hearth.viewer;

import java.util.List;

import org.hearth.access.PractitionerRole;
import org.hearth.agency.Agency;
import org.hearth.agency.Practitioner;
import org.hearth.family.Family;
import org.hearth.family.Person;

/** The three kinds of viewer; the record names are the GraphQL type names of the {@code Viewer} union. */
final class Viewers {

	private Viewers() {
	}

	record PractitionerViewer(Practitioner practitioner, List<PractitionerRole> roles) {
	}

	record FamilyViewer(Person person, Family family) {
	}

	record PartnerViewer(String clientId, Agency agency, List<String> scopes) {
	}

}
