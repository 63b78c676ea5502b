package org.hearth.access;

/** What a practitioner's account may do beyond their own caseload. */
public enum PractitionerRole {

	/** Works with families; sees the episodes whose team they are on. */
	PRACTITIONER,
	/** Line manager; also sees the episodes of the practitioners they manage. */
	MANAGER,
	/** The Early Help team (hub); sees every episode. */
	EARLY_HELP_TEAM

}
