package org.hearth.demo;

import static org.hearth.db.jooq.Tables.PARTNER_CLIENT;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the stored credentials the production guard checks. */
@Repository
class ProductionGuardRepository {

	/** A name and the stored hash of its password or secret. */
	record Credential(String name, String hash) {
	}

	private final DSLContext dsl;

	ProductionGuardRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The accounts with one of these usernames, and any other account whose stored hash is the same as theirs. */
	List<Credential> accountsNamedOrSharingAHashWith(Collection<String> usernames) {
		var named = this.dsl.select(USER_ACCOUNT.PASSWORD_HASH)
			.from(USER_ACCOUNT)
			.where(USER_ACCOUNT.USERNAME.in(usernames));
		return this.dsl.select(USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH)
			.from(USER_ACCOUNT)
			.where(USER_ACCOUNT.USERNAME.in(usernames).or(USER_ACCOUNT.PASSWORD_HASH.in(named)))
			.orderBy(USER_ACCOUNT.USERNAME)
			.fetch(row -> new Credential(row.value1(), row.value2()));
	}

	List<Credential> partnerClients() {
		return this.dsl.select(PARTNER_CLIENT.CLIENT_ID, PARTNER_CLIENT.SECRET_HASH)
			.from(PARTNER_CLIENT)
			.orderBy(PARTNER_CLIENT.CLIENT_ID)
			.fetch(row -> new Credential(row.value1(), row.value2()));
	}

}
