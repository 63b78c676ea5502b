package org.hearth.partner;

import java.util.Set;
import java.util.UUID;

/** A partner system registered to call the API: its OAuth2 client id, secret hash, agency and scopes. */
record PartnerClient(UUID id, String clientId, String secretHash, UUID agencyId, Set<String> scopes,
		boolean enabled) {
}
