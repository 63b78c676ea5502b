package org.hearth.access;

import java.util.Set;
import java.util.UUID;

/** Whoever a request is made by, resolved once per request from its authentication. */
public sealed interface Caller {

	Channel channel();

	/** A name for the audit trail. */
	String displayName();

	/** A practitioner signed in to the app or the GraphQL endpoint. */
	record PractitionerCaller(UUID practitionerId, String displayName, Set<PractitionerRole> roles,
			Channel channel) implements Caller {

		public boolean hasRole(PractitionerRole role) {
			return this.roles.contains(role);
		}

	}

	/** A parent, carer or young person reading their own family's plan. */
	record FamilyMemberCaller(UUID personId, UUID familyId, String displayName, Channel channel) implements Caller {
	}

	/** A partner system (school, health, housing) calling with an OAuth2 client-credentials token. */
	record PartnerCaller(String clientId, UUID agencyId, Set<String> scopes) implements Caller {

		@Override
		public Channel channel() {
			return Channel.PARTNER_API;
		}

		@Override
		public String displayName() {
			return this.clientId;
		}

	}

	/** Hearth itself (demo data, scheduled work). Never the caller of a user's request. */
	record SystemCaller() implements Caller {

		@Override
		public Channel channel() {
			return Channel.SYSTEM;
		}

		@Override
		public String displayName() {
			return "Hearth";
		}

	}

}
