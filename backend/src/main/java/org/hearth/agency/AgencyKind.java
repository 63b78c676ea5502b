package org.hearth.agency;

/** What sort of organisation an agency is. */
public enum AgencyKind {

	LOCAL_AUTHORITY_EARLY_HELP, SCHOOL, HEALTH, HOUSING, POLICE, VOLUNTARY, SOCIAL_CARE, OTHER

}
