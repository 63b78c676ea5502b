package org.hearth.closure;

/** Why an episode closed. */
public enum ClosureReason {

	NEEDS_MET, SINGLE_AGENCY, UNIVERSAL_SERVICES, STEPPED_UP, CONSENT_WITHDRAWN, MOVED_AWAY

}
