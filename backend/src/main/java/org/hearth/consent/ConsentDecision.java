package org.hearth.consent;

/** The answer given. */
public enum ConsentDecision {

	GIVEN, REFUSED, WITHDRAWN

}
