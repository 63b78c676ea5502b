package org.hearth.plan;

/** Where an outcome stands. */
public enum OutcomeStatus {

	OPEN, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, NO_LONGER_NEEDED

}
