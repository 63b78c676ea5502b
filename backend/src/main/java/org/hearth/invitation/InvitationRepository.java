package org.hearth.invitation;

import static org.hearth.db.jooq.Tables.FAMILY_INVITATION;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Invitations, and the family member's account that accepting one creates. */
@Repository
class InvitationRepository {

	private final DSLContext dsl;

	InvitationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** An invitation that can still be used, as found by its code. */
	record OpenInvitation(UUID id, UUID personId, UUID episodeId) {
	}

	void insert(UUID id, UUID personId, UUID episodeId, String codeHash, UUID createdBy, Instant createdAt,
			Instant expiresAt) {
		this.dsl.insertInto(FAMILY_INVITATION)
			.set(FAMILY_INVITATION.ID, id)
			.set(FAMILY_INVITATION.PERSON_ID, personId)
			.set(FAMILY_INVITATION.EPISODE_ID, episodeId)
			.set(FAMILY_INVITATION.CODE_HASH, codeHash)
			.set(FAMILY_INVITATION.CREATED_BY, createdBy)
			.set(FAMILY_INVITATION.CREATED_AT, createdAt)
			.set(FAMILY_INVITATION.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** Revokes the person's invitations that are neither used nor revoked yet; returns how many. */
	int revokeOpen(UUID personId, Instant at) {
		return this.dsl.update(FAMILY_INVITATION)
			.set(FAMILY_INVITATION.REVOKED_AT, at)
			.set(FAMILY_INVITATION.VERSION, FAMILY_INVITATION.VERSION.plus(1))
			.where(FAMILY_INVITATION.PERSON_ID.eq(personId))
			.and(FAMILY_INVITATION.ACCEPTED_AT.isNull())
			.and(FAMILY_INVITATION.REVOKED_AT.isNull())
			.execute();
	}

	/**
	 * The unused, unrevoked, unexpired invitation with this code hash, its row locked until the transaction ends so
	 * that two people using the same code at once cannot both succeed.
	 */
	Optional<OpenInvitation> lockOpen(String codeHash, Instant now) {
		return this.dsl.select(FAMILY_INVITATION.ID, FAMILY_INVITATION.PERSON_ID, FAMILY_INVITATION.EPISODE_ID)
			.from(FAMILY_INVITATION)
			.where(FAMILY_INVITATION.CODE_HASH.eq(codeHash))
			.and(FAMILY_INVITATION.ACCEPTED_AT.isNull())
			.and(FAMILY_INVITATION.REVOKED_AT.isNull())
			.and(FAMILY_INVITATION.EXPIRES_AT.gt(now))
			.forUpdate()
			.fetchOptional(row -> new OpenInvitation(row.value1(), row.value2(), row.value3()));
	}

	/** Marks the invitation used; false if it was used or revoked in the meantime. */
	boolean markAccepted(UUID id, Instant at) {
		return this.dsl.update(FAMILY_INVITATION)
			.set(FAMILY_INVITATION.ACCEPTED_AT, at)
			.set(FAMILY_INVITATION.VERSION, FAMILY_INVITATION.VERSION.plus(1))
			.where(FAMILY_INVITATION.ID.eq(id))
			.and(FAMILY_INVITATION.ACCEPTED_AT.isNull())
			.and(FAMILY_INVITATION.REVOKED_AT.isNull())
			.execute() == 1;
	}

	boolean personHasAccount(UUID personId) {
		return this.dsl.fetchExists(selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.PERSON_ID.eq(personId)));
	}

	/** Whether the username is in use, compared as the database compares it (without regard to letter case). */
	boolean usernameTaken(String username) {
		return this.dsl.fetchExists(selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)));
	}

	void createFamilyAccount(UUID id, String username, String passwordHash, UUID personId) {
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, id)
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
			.set(USER_ACCOUNT.PERSON_ID, personId)
			.execute();
	}

}
