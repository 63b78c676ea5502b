package org.hearth.account;

import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.PractitionerRole;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Sign-in accounts: who they belong to, their practitioners' roles, and their failed sign-ins and locks. */
@Repository
class AccountRepository {

	private final DSLContext dsl;

	AccountRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<Account> findByUsername(String username) {
		return this.dsl
			.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.ENABLED,
					USER_ACCOUNT.LOCKED_UNTIL, USER_ACCOUNT.PRACTITIONER_ID, USER_ACCOUNT.PERSON_ID, PERSON.FAMILY_ID,
					coalesce(PRACTITIONER.NAME, concat(PERSON.GIVEN_NAME, inline(" "), PERSON.FAMILY_NAME)))
			.from(USER_ACCOUNT)
			.leftJoin(PRACTITIONER)
			.on(PRACTITIONER.ID.eq(USER_ACCOUNT.PRACTITIONER_ID))
			.leftJoin(PERSON)
			.on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
			.where(USER_ACCOUNT.USERNAME.eq(username))
			.fetchOptional(row -> new Account(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6(), row.value7(), row.value8(), row.value9(), rolesOf(row.value6())));
	}

	private Set<PractitionerRole> rolesOf(UUID practitionerId) {
		if (practitionerId == null) {
			return Set.of();
		}
		return this.dsl.select(PRACTITIONER_ROLE.ROLE)
			.from(PRACTITIONER_ROLE)
			.where(PRACTITIONER_ROLE.PRACTITIONER_ID.eq(practitionerId))
			.fetch(PRACTITIONER_ROLE.ROLE)
			.stream()
			.map(PractitionerRole::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(PractitionerRole.class)));
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
		return this.dsl.select(PERSON.FAMILY_ID)
			.from(PERSON)
			.where(PERSON.ID.eq(personId))
			.fetchOptional(PERSON.FAMILY_ID);
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
