package org.hearth.oversight;

/** Whose figures a practitioner sees: decided by their role, never asked for. */
public enum OversightScope {

	/** A worker: the episodes they lead. */
	OWN,
	/** A manager (or the Early Help team looking at one team): the episodes their team leads. */
	TEAM,
	/** The Early Help team: every episode, team by team. */
	SERVICE

}
