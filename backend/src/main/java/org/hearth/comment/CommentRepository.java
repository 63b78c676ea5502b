package org.hearth.comment;

import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

	private final DSLContext dsl;

	CommentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<FamilyComment> ofEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(FAMILY_COMMENT)
			.where(FAMILY_COMMENT.EPISODE_ID.in(episodeIds))
			.orderBy(FAMILY_COMMENT.WRITTEN_AT, FAMILY_COMMENT.ID)
			.fetch(row -> new FamilyComment(row.getId(), row.getEpisodeId(), row.getAuthorId(), row.getWrittenAt(),
					row.getText(), row.getRecordedBy() != null, Boolean.TRUE.equals(row.getHiddenFromYoungPeople())));
	}

	void insert(FamilyComment comment, @Nullable UUID recordedBy) {
		this.dsl.insertInto(FAMILY_COMMENT)
			.set(FAMILY_COMMENT.ID, comment.id())
			.set(FAMILY_COMMENT.EPISODE_ID, comment.episodeId())
			.set(FAMILY_COMMENT.AUTHOR_ID, comment.authorId())
			.set(FAMILY_COMMENT.WRITTEN_AT, comment.writtenAt())
			.set(FAMILY_COMMENT.TEXT, comment.text())
			.set(FAMILY_COMMENT.RECORDED_BY, recordedBy)
			.set(FAMILY_COMMENT.HIDDEN_FROM_YOUNG_PEOPLE, comment.hiddenFromYoungPeople())
			.execute();
	}

}
