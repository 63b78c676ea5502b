package org.hearth.account;

import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The failed sign-in count and lock of each account. */
@Repository
class SignInRepository {

	private final DSLContext dsl;

	SignInRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The account with this username, its row locked until the transaction ends (so counts never race). */
	Optional<SignInAccount> lockByUsername(String username) {
		return this.dsl
			.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.FAILED_SIGN_INS, USER_ACCOUNT.LOCKED_UNTIL,
					USER_ACCOUNT.PRACTITIONER_ID, USER_ACCOUNT.PERSON_ID)
			.from(USER_ACCOUNT)
			.where(USER_ACCOUNT.USERNAME.eq(username))
			.forUpdate()
			.fetchOptional(row -> new SignInAccount(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5(), row.value6()));
	}

	/** The family of a family member's account, for the audit trail. */
	Optional<UUID> familyOf(UUID personId) {
		return this.dsl.select(PERSON.FAMILY_ID).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.FAMILY_ID);
	}

	void setFailures(UUID accountId, int failedSignIns, @Nullable Instant lockedUntil) {
		this.dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.FAILED_SIGN_INS, failedSignIns)
			.set(USER_ACCOUNT.LOCKED_UNTIL, lockedUntil)
			.where(USER_ACCOUNT.ID.eq(accountId))
			.execute();
	}

	void signedIn(UUID accountId, Instant at) {
		this.dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.FAILED_SIGN_INS, 0)
			.setNull(USER_ACCOUNT.LOCKED_UNTIL)
			.set(USER_ACCOUNT.LAST_SIGNED_IN_AT, at)
			.where(USER_ACCOUNT.ID.eq(accountId))
			.execute();
	}

}
