package org.hearth.replay;

import static org.hearth.db.jooq.Tables.CLIENT_REQUEST;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ClientRequestRepository {

	record Answered(UUID requestId, String actor, String operation, byte[] inputHash, @Nullable UUID subjectId,
			Instant answeredAt) {
	}

	private final DSLContext dsl;

	ClientRequestRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Locks the row, so that two copies of one request arriving at once are answered one after the other. */
	Optional<Answered> find(UUID requestId) {
		return this.dsl.selectFrom(CLIENT_REQUEST)
			.where(CLIENT_REQUEST.REQUEST_ID.eq(requestId))
			.forUpdate()
			.fetchOptional(row -> new Answered(row.getRequestId(), row.getActor(), row.getOperation(),
					row.getInputHash(), row.getSubjectId(), row.getAnsweredAt()));
	}

	void insert(Answered answered) {
		this.dsl.insertInto(CLIENT_REQUEST)
			.set(CLIENT_REQUEST.REQUEST_ID, answered.requestId())
			.set(CLIENT_REQUEST.ACTOR, answered.actor())
			.set(CLIENT_REQUEST.OPERATION, answered.operation())
			.set(CLIENT_REQUEST.INPUT_HASH, answered.inputHash())
			.set(CLIENT_REQUEST.SUBJECT_ID, answered.subjectId())
			.set(CLIENT_REQUEST.ANSWERED_AT, answered.answeredAt())
			.execute();
	}

}
