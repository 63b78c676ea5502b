package org.hearth.invitation;

import static org.hearth.db.jooq.Tables.INVITATION_CODE_ATTEMPT;

import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Wrong invitation codes by client address, shared by every instance of the application (see CodeAttempts). */
@Repository
class CodeAttemptRepository {

	/** At most this many old rows go in one clean-up, so that one never holds its locks for long. */
	private static final int CLEAN_UP_BATCH = 1_000;

	private final DSLContext dsl;

	CodeAttemptRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(UUID id, String client, Instant at) {
		this.dsl.insertInto(INVITATION_CODE_ATTEMPT)
			.set(INVITATION_CODE_ATTEMPT.ID, id)
			.set(INVITATION_CODE_ATTEMPT.CLIENT, client)
			.set(INVITATION_CODE_ATTEMPT.ATTEMPTED_AT, at)
			.execute();
	}

	/** How many wrong codes this client sent after the given moment. */
	int countSince(String client, Instant since) {
		return this.dsl.fetchCount(INVITATION_CODE_ATTEMPT, INVITATION_CODE_ATTEMPT.CLIENT.eq(client)
			.and(INVITATION_CODE_ATTEMPT.ATTEMPTED_AT.gt(since)));
	}

	/** Deletes (a batch of) the rows from the given moment or before; returns how many. */
	int deleteUpTo(Instant until) {
		return this.dsl.deleteFrom(INVITATION_CODE_ATTEMPT)
			.where(INVITATION_CODE_ATTEMPT.ATTEMPTED_AT.le(until))
			.limit(CLEAN_UP_BATCH)
			.execute();
	}

	void deleteAll() {
		this.dsl.deleteFrom(INVITATION_CODE_ATTEMPT).execute();
	}

}
