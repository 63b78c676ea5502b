package org.hearth.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which episodes a caller may see, in a form the repositories turn into SQL. Every query that returns family data
 * is narrowed by one of these; {@link AccessService} alone decides which one a caller gets.
 */
public sealed interface Visibility {

	/** The Early Help team: every episode. */
	record Everything() implements Visibility {
	}

	/**
	 * A practitioner: episodes whose team they are on now (their place on it has no {@code left_on}), or on which
	 * someone they manage is now. Whoever has left the team no longer sees the episode through it, nor does their
	 * manager through them (what they recorded stays attributed to them); the current lead and the lead's manager
	 * keep theirs. Where the family has not agreed to share (or has withdrawn consent), only the lead and the lead's
	 * manager.
	 */
	record ThroughTeam(UUID practitionerId) implements Visibility {
	}

	/**
	 * A family member: their own family's episodes, and within them only what the table in this package's
	 * documentation gives their kind (the services that read each feature narrow by {@code personId} and
	 * {@code kind}).
	 */
	record OwnFamily(UUID familyId, UUID personId, FamilyMemberKind kind) implements Visibility {

		/** The record is about this caller themselves. */
		public boolean isSelf(@Nullable UUID person) {
			return this.personId.equals(person);
		}

	}

	/**
	 * A partner system: episodes whose current team includes a practitioner of its agency, while the family's share
	 * consent stands and does not exclude that agency.
	 */
	record AgencyOnTeam(UUID agencyId) implements Visibility {
	}

	/** No episode at all (e.g. a partner without the plans:read scope). */
	record Nothing() implements Visibility {
	}

}
