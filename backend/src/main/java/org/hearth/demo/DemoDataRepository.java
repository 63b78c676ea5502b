package org.hearth.demo;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.PARTNER_CLIENT;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.UUID;

import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Sets up the demo's council: agencies, practitioners, sign-in accounts and a partner client, which Hearth has no use
 * cases for yet. The families' histories go through the services instead (see {@link DemoData}).
 */
@Repository
class DemoDataRepository {

	private final DSLContext dsl;

	DemoDataRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	boolean isEmpty() {
		return this.dsl.fetchCount(AGENCY) == 0;
	}

	List<UUID> episodeIds() {
		return this.dsl.select(EPISODE.ID).from(EPISODE).fetch(EPISODE.ID);
	}

	UUID agency(String name, String kind, String email, String phone) {
		UUID id = Ids.newId();
		this.dsl.insertInto(AGENCY)
			.set(AGENCY.ID, id)
			.set(AGENCY.NAME, name)
			.set(AGENCY.KIND, kind)
			.set(AGENCY.EMAIL, email)
			.set(AGENCY.PHONE, phone)
			.execute();
		return id;
	}

	UUID practitioner(UUID agencyId, String name, String jobTitle, String email, String phone,
			@Nullable UUID managerId, List<String> roles) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PRACTITIONER)
			.set(PRACTITIONER.ID, id)
			.set(PRACTITIONER.AGENCY_ID, agencyId)
			.set(PRACTITIONER.NAME, name)
			.set(PRACTITIONER.JOB_TITLE, jobTitle)
			.set(PRACTITIONER.EMAIL, email)
			.set(PRACTITIONER.PHONE, phone)
			.set(PRACTITIONER.MANAGER_ID, managerId)
			.execute();
		roles.forEach(role -> this.dsl.insertInto(PRACTITIONER_ROLE)
			.set(PRACTITIONER_ROLE.PRACTITIONER_ID, id)
			.set(PRACTITIONER_ROLE.ROLE, role)
			.execute());
		return id;
	}

	void account(String username, String passwordHash, @Nullable UUID practitionerId, @Nullable UUID personId) {
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
			.set(USER_ACCOUNT.PRACTITIONER_ID, practitionerId)
			.set(USER_ACCOUNT.PERSON_ID, personId)
			.execute();
	}

	void partnerClient(String clientId, String secretHash, UUID agencyId, String scopes) {
		this.dsl.insertInto(PARTNER_CLIENT)
			.set(PARTNER_CLIENT.ID, Ids.newId())
			.set(PARTNER_CLIENT.CLIENT_ID, clientId)
			.set(PARTNER_CLIENT.SECRET_HASH, secretHash)
			.set(PARTNER_CLIENT.AGENCY_ID, agencyId)
			.set(PARTNER_CLIENT.SCOPES, scopes)
			.execute();
	}

}
