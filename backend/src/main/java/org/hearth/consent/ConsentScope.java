package org.hearth.consent;

/** What the consent is for: starting early help, storing information, or sharing it with the team's agencies. */
public enum ConsentScope {

	START, STORE, SHARE

}
