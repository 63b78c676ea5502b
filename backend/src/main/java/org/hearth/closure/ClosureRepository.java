package org.hearth.closure;

import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CLOSURE_SIGNPOST;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ClosureRepository {

	private final DSLContext dsl;

	ClosureRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Closure> ofEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(CLOSURE)
			.where(CLOSURE.EPISODE_ID.in(episodeIds))
			.fetch(row -> new Closure(row.getEpisodeId(), row.getClosedOn(), ClosureReason.valueOf(row.getReason()),
					row.getSummary(), row.getFamilyFeedback(), row.getChildFeedback(),
					(row.getTransferredTo() != null)
							? new Transfer(row.getTransferredTo(), row.getTransferContact(), row.getRecordsSent())
							: null));
	}

	Map<UUID, List<String>> signposting(Collection<UUID> episodeIds) {
		return this.dsl.select(CLOSURE_SIGNPOST.EPISODE_ID, CLOSURE_SIGNPOST.TEXT)
			.from(CLOSURE_SIGNPOST)
			.where(CLOSURE_SIGNPOST.EPISODE_ID.in(episodeIds))
			.orderBy(CLOSURE_SIGNPOST.POSITION)
			.fetchGroups(CLOSURE_SIGNPOST.EPISODE_ID, CLOSURE_SIGNPOST.TEXT);
	}

	void insert(Closure closure, @Nullable String socialCareReference, @Nullable UUID recordedBy, List<String> signposting) {
		this.dsl.insertInto(CLOSURE)
			.set(CLOSURE.EPISODE_ID, closure.episodeId())
			.set(CLOSURE.CLOSED_ON, closure.closedOn())
			.set(CLOSURE.REASON, closure.reason().name())
			.set(CLOSURE.SUMMARY, closure.summary())
			.set(CLOSURE.FAMILY_FEEDBACK, closure.familyFeedback())
			.set(CLOSURE.CHILD_FEEDBACK, closure.childFeedback())
			.set(CLOSURE.SOCIAL_CARE_REFERENCE, socialCareReference)
			.set(CLOSURE.RECORDED_BY, recordedBy)
			.set(CLOSURE.TRANSFERRED_TO, (closure.transfer() != null) ? closure.transfer().receivingAuthority() : null)
			.set(CLOSURE.TRANSFER_CONTACT, (closure.transfer() != null) ? closure.transfer().contact() : null)
			.set(CLOSURE.RECORDS_SENT, (closure.transfer() != null) ? closure.transfer().recordsSent() : null)
			.execute();
		if (!signposting.isEmpty()) {
			var insert = this.dsl.insertInto(CLOSURE_SIGNPOST, CLOSURE_SIGNPOST.EPISODE_ID, CLOSURE_SIGNPOST.POSITION,
					CLOSURE_SIGNPOST.TEXT);
			for (int i = 0; i < signposting.size(); i++) {
				insert.values(closure.episodeId(), i, signposting.get(i));
			}
			insert.execute();
		}
	}

}
