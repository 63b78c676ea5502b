package org.hearth.assessment;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_SERVICE_INVOLVED;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.AssessmentRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

	private final DSLContext dsl;

	AssessmentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Assessment> ofEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(ASSESSMENT)
			.where(ASSESSMENT.EPISODE_ID.in(episodeIds))
			.fetch(AssessmentRepository::toAssessment);
	}

	Optional<Assessment> find(UUID id) {
		return this.dsl.selectFrom(ASSESSMENT)
			.where(ASSESSMENT.ID.eq(id))
			.fetchOptional(AssessmentRepository::toAssessment);
	}

	Map<UUID, List<String>> servicesInvolved(Collection<UUID> assessmentIds) {
		return this.dsl.select(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID, ASSESSMENT_SERVICE_INVOLVED.NAME)
			.from(ASSESSMENT_SERVICE_INVOLVED)
			.where(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID.in(assessmentIds))
			.orderBy(ASSESSMENT_SERVICE_INVOLVED.POSITION)
			.fetchGroups(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID, ASSESSMENT_SERVICE_INVOLVED.NAME);
	}

	List<PersonView> views(Collection<UUID> assessmentIds) {
		return this.dsl.selectFrom(PERSON_VIEW)
			.where(PERSON_VIEW.ASSESSMENT_ID.in(assessmentIds))
			.orderBy(PERSON_VIEW.ID)
			.fetch(row -> new PersonView(row.getId(), row.getAssessmentId(), row.getPersonId(), row.getWorries(),
					row.getStrengths(), row.getWishes(), row.getIsOpinion()));
	}

	List<ChildVoice> childVoices(Collection<UUID> assessmentIds) {
		return this.dsl.selectFrom(CHILD_VOICE)
			.where(CHILD_VOICE.ASSESSMENT_ID.in(assessmentIds))
			.orderBy(CHILD_VOICE.ID)
			.fetch(row -> new ChildVoice(row.getId(), row.getAssessmentId(), row.getChildId(), row.getWorries(),
					row.getGoodThings(), row.getDreams()));
	}

	private static Assessment toAssessment(AssessmentRecord row) {
		return new Assessment(row.getId(), row.getEpisodeId(), row.getStartedOn(), row.getCompletedOn(),
				row.getSummary(), row.getVersion());
	}

}
