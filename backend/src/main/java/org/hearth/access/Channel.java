package org.hearth.access;

/** The way a request reached Hearth, recorded with every audited read and write. */
public enum Channel {

	/** The single-page app (Hilla endpoints). */
	SPA,
	/** The GraphQL endpoint with a signed-in person's session. */
	GRAPHQL_SESSION,
	/** The GraphQL endpoint with a partner system's bearer token. */
	PARTNER_API,
	/** Hearth itself, e.g. loading demo data. */
	SYSTEM

}
