package org.hearth.access;

import java.util.UUID;

/**
 * Which episodes a caller may see, in a form the repositories turn into SQL. Every query that returns family data
 * is narrowed by one of these; nothing else decides what a caller sees.
 */
public sealed interface Visibility {

	/** The Early Help team: every episode. */
	record Everything() implements Visibility {
	}

	/** A practitioner: episodes whose team they are (or were) on, or whose team includes someone they manage. */
	record ThroughTeam(UUID practitionerId) implements Visibility {
	}

	/** A family member: their own family's episodes. */
	record OwnFamily(UUID familyId) implements Visibility {
	}

	/** A partner system: episodes whose team includes a practitioner of its agency. */
	record AgencyOnTeam(UUID agencyId) implements Visibility {
	}

}
