package org.hearth.partner;

import static org.hearth.db.jooq.Tables.PARTNER_CLIENT;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.db.jooq.tables.records.PartnerClientRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The partner systems registered to call the API ({@code partner_client}). */
@Repository
class PartnerClientRepository {

	private final DSLContext dsl;

	PartnerClientRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<PartnerClient> findById(UUID id) {
		return this.dsl.selectFrom(PARTNER_CLIENT)
			.where(PARTNER_CLIENT.ID.eq(id))
			.fetchOptional(PartnerClientRepository::toClient);
	}

	Optional<PartnerClient> findByClientId(String clientId) {
		return this.dsl.selectFrom(PARTNER_CLIENT)
			.where(PARTNER_CLIENT.CLIENT_ID.eq(clientId))
			.fetchOptional(PartnerClientRepository::toClient);
	}

	/** Stores a stronger hash of the same secret (re-hashed after a successful sign-in); true if the client exists. */
	boolean updateSecretHash(UUID id, String secretHash) {
		return this.dsl.update(PARTNER_CLIENT)
			.set(PARTNER_CLIENT.SECRET_HASH, secretHash)
			.set(PARTNER_CLIENT.VERSION, PARTNER_CLIENT.VERSION.plus(1))
			.where(PARTNER_CLIENT.ID.eq(id))
			.execute() == 1;
	}

	private static PartnerClient toClient(PartnerClientRecord row) {
		Set<String> scopes = Arrays.stream(row.getScopes().trim().split("\\s+"))
			.filter(scope -> !scope.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new PartnerClient(row.getId(), row.getClientId(), row.getSecretHash(), row.getAgencyId(), scopes,
				Boolean.TRUE.equals(row.getEnabled()));
	}

}
