package org.hearth.access;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Resolves the caller of the current request from its authentication; adapters pass it to the services. */
@Component
public class CurrentCaller {

	/** The caller of a GraphQL request: a person's session or a partner's token. */
	public Caller ofGraphQl() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
				&& token.isAuthenticated()) {
			return PartnerTokenClaims.callerOf(token.getToken());
		}
		return resolve(Channel.GRAPHQL_SESSION);
	}

	/** The caller of a request from the single-page app (people only: partner tokens are for /graphql). */
	public Caller ofSpa() {
		return resolve(Channel.SPA);
	}

	private Caller resolve(Channel sessionChannel) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof HearthUser user)) {
			throw new AccessDeniedException("Sign in first");
		}
		if (user.practitionerId() != null) {
			return new Caller.PractitionerCaller(user.practitionerId(), user.displayName(),
					rolesOf(authentication), sessionChannel);
		}
		if (user.personId() != null && user.familyId() != null) {
			return new Caller.FamilyMemberCaller(user.personId(), user.familyId(), user.displayName(), sessionChannel);
		}
		throw new AccessDeniedException("This account belongs to nobody");
	}

	private static Set<PractitionerRole> rolesOf(Authentication authentication) {
		Set<PractitionerRole> roles = EnumSet.noneOf(PractitionerRole.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (PractitionerRole role : PractitionerRole.values()) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

}
