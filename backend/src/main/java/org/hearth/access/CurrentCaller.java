package org.hearth.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hearth.partner.PartnerTokenClaims;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Resolves the caller of the current request from its authentication; adapters pass it to the services. */
@Component
public class CurrentCaller {

	/** The caller of a GraphQL request: a person's session or a partner's token. */
	public Caller ofGraphQl() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
				&& token.isAuthenticated()) {
			return partnerOf(token.getToken());
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
				|| !(authentication.getPrincipal() instanceof SignedInPerson user)) {
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

	/**
	 * The partner a token was issued to (its claims written by {@link PartnerTokenClaims}); refused if the token is
	 * not one of ours (no agency in it).
	 */
	private static Caller.PartnerCaller partnerOf(Jwt token) {
		String clientId = token.getClaimAsString(PartnerTokenClaims.CLIENT_ID);
		if (clientId == null) {
			clientId = token.getSubject();
		}
		String agency = token.getClaimAsString(PartnerTokenClaims.AGENCY_ID);
		if (clientId == null || agency == null) {
			throw new AccessDeniedException("This token names no partner client or agency");
		}
		UUID agencyId;
		try {
			agencyId = UUID.fromString(agency);
		}
		catch (IllegalArgumentException ex) {
			throw new AccessDeniedException("This token names no agency");
		}
		return new Caller.PartnerCaller(clientId, agencyId, scopesOf(token.getClaim(PartnerTokenClaims.SCOPE)));
	}

	private static Set<String> scopesOf(@Nullable Object claim) {
		Collection<?> values = switch (claim) {
			case null -> List.of();
			case String spaced -> List.of(spaced.trim().split("\\s+"));
			case Collection<?> list -> list;
			default -> List.of();
		};
		Set<String> scopes = new LinkedHashSet<>();
		values.forEach(value -> {
			String scope = String.valueOf(value);
			if (!scope.isBlank()) {
				scopes.add(scope);
			}
		});
		return Set.copyOf(scopes);
	}

}
