package org.hearth.assessment;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.ASSESSMENT_SERVICE_INVOLVED;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.NEED_AREA;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.AssessmentRecord;
import org.hearth.db.jooq.tables.records.ChildVoiceRecord;
import org.hearth.db.jooq.tables.records.PersonViewRecord;
import org.hearth.system.StaleVersionException;
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

	/** The need area codes each assessment found, in the policy's order of need areas. */
	Map<UUID, List<String>> needs(Collection<UUID> assessmentIds) {
		return this.dsl.select(ASSESSMENT_NEED.ASSESSMENT_ID, ASSESSMENT_NEED.NEED_AREA_CODE)
			.from(ASSESSMENT_NEED)
			.join(NEED_AREA)
			.on(NEED_AREA.CODE.eq(ASSESSMENT_NEED.NEED_AREA_CODE))
			.where(ASSESSMENT_NEED.ASSESSMENT_ID.in(assessmentIds))
			.orderBy(NEED_AREA.POSITION)
			.fetchGroups(ASSESSMENT_NEED.ASSESSMENT_ID, ASSESSMENT_NEED.NEED_AREA_CODE);
	}

	/** Replaces the needs an assessment found with these need area codes. */
	void replaceNeeds(UUID assessmentId, Collection<String> needAreaCodes) {
		this.dsl.deleteFrom(ASSESSMENT_NEED).where(ASSESSMENT_NEED.ASSESSMENT_ID.eq(assessmentId)).execute();
		if (!needAreaCodes.isEmpty()) {
			var insert = this.dsl.insertInto(ASSESSMENT_NEED, ASSESSMENT_NEED.ASSESSMENT_ID, ASSESSMENT_NEED.NEED_AREA_CODE);
			for (String code : needAreaCodes) {
				insert = insert.values(assessmentId, code);
			}
			insert.execute();
		}
	}

	List<PersonView> views(Collection<UUID> assessmentIds) {
		return this.dsl.selectFrom(PERSON_VIEW)
			.where(PERSON_VIEW.ASSESSMENT_ID.in(assessmentIds))
			.orderBy(PERSON_VIEW.ID)
			.fetch(AssessmentRepository::toView);
	}

	Optional<PersonView> view(UUID assessmentId, UUID personId) {
		return this.dsl.selectFrom(PERSON_VIEW)
			.where(PERSON_VIEW.ASSESSMENT_ID.eq(assessmentId))
			.and(PERSON_VIEW.PERSON_ID.eq(personId))
			.fetchOptional(AssessmentRepository::toView);
	}

	int countViews(UUID assessmentId) {
		return this.dsl.fetchCount(PERSON_VIEW, PERSON_VIEW.ASSESSMENT_ID.eq(assessmentId));
	}

	List<ChildVoice> childVoices(Collection<UUID> assessmentIds) {
		return this.dsl.selectFrom(CHILD_VOICE)
			.where(CHILD_VOICE.ASSESSMENT_ID.in(assessmentIds))
			.orderBy(CHILD_VOICE.ID)
			.fetch(AssessmentRepository::toVoice);
	}

	Optional<ChildVoice> voice(UUID assessmentId, UUID childId) {
		return this.dsl.selectFrom(CHILD_VOICE)
			.where(CHILD_VOICE.ASSESSMENT_ID.eq(assessmentId))
			.and(CHILD_VOICE.CHILD_ID.eq(childId))
			.fetchOptional(AssessmentRepository::toVoice);
	}

	void insert(Assessment assessment) {
		this.dsl.insertInto(ASSESSMENT)
			.set(ASSESSMENT.ID, assessment.id())
			.set(ASSESSMENT.EPISODE_ID, assessment.episodeId())
			.set(ASSESSMENT.STARTED_ON, assessment.startedOn())
			.set(ASSESSMENT.COMPLETED_ON, assessment.completedOn())
			.set(ASSESSMENT.SUMMARY, assessment.summary())
			.set(ASSESSMENT.FROM_SOCIAL_CARE, assessment.fromSocialCare())
			.set(ASSESSMENT.SOCIAL_CARE_REFERENCE, assessment.socialCareReference())
			.execute();
	}

	/**
	 * Completes the assessment with its summary and the services involved (in their order), and moves its version on.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the assessment since it was read
	 */
	int complete(Assessment assessment, String summary, List<String> servicesInvolved, LocalDate completedOn) {
		int updated = this.dsl.update(ASSESSMENT)
			.set(ASSESSMENT.SUMMARY, summary)
			.set(ASSESSMENT.COMPLETED_ON, completedOn)
			.set(ASSESSMENT.VERSION, assessment.version() + 1)
			.where(ASSESSMENT.ID.eq(assessment.id()))
			.and(ASSESSMENT.VERSION.eq(assessment.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The assessment");
		}
		this.dsl.deleteFrom(ASSESSMENT_SERVICE_INVOLVED)
			.where(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID.eq(assessment.id()))
			.execute();
		if (!servicesInvolved.isEmpty()) {
			var insert = this.dsl.insertInto(ASSESSMENT_SERVICE_INVOLVED, ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID,
					ASSESSMENT_SERVICE_INVOLVED.POSITION, ASSESSMENT_SERVICE_INVOLVED.NAME);
			for (int i = 0; i < servicesInvolved.size(); i++) {
				insert = insert.values(assessment.id(), i + 1, servicesInvolved.get(i));
			}
			insert.execute();
		}
		return assessment.version() + 1;
	}

	void insert(PersonView view) {
		this.dsl.insertInto(PERSON_VIEW)
			.set(PERSON_VIEW.ID, view.id())
			.set(PERSON_VIEW.ASSESSMENT_ID, view.assessmentId())
			.set(PERSON_VIEW.PERSON_ID, view.personId())
			.set(PERSON_VIEW.WORRIES, view.worries())
			.set(PERSON_VIEW.STRENGTHS, view.strengths())
			.set(PERSON_VIEW.WISHES, view.wishes())
			.set(PERSON_VIEW.IS_OPINION, view.isOpinion())
			.execute();
	}

	/**
	 * Stores the view's columns as {@code changed} has them, if the view is still at {@code changed}'s version.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the view since it was read
	 */
	int update(PersonView changed) {
		int updated = this.dsl.update(PERSON_VIEW)
			.set(PERSON_VIEW.WORRIES, changed.worries())
			.set(PERSON_VIEW.STRENGTHS, changed.strengths())
			.set(PERSON_VIEW.WISHES, changed.wishes())
			.set(PERSON_VIEW.IS_OPINION, changed.isOpinion())
			.set(PERSON_VIEW.VERSION, changed.version() + 1)
			.where(PERSON_VIEW.ID.eq(changed.id()))
			.and(PERSON_VIEW.VERSION.eq(changed.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The view");
		}
		return changed.version() + 1;
	}

	void insert(ChildVoice voice) {
		this.dsl.insertInto(CHILD_VOICE)
			.set(CHILD_VOICE.ID, voice.id())
			.set(CHILD_VOICE.ASSESSMENT_ID, voice.assessmentId())
			.set(CHILD_VOICE.CHILD_ID, voice.childId())
			.set(CHILD_VOICE.WORRIES, voice.worries())
			.set(CHILD_VOICE.GOOD_THINGS, voice.goodThings())
			.set(CHILD_VOICE.DREAMS, voice.dreams())
			.execute();
	}

	/**
	 * Stores the voice's parts as {@code changed} has them, if the voice is still at {@code changed}'s version.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the voice since it was read
	 */
	int update(ChildVoice changed) {
		int updated = this.dsl.update(CHILD_VOICE)
			.set(CHILD_VOICE.WORRIES, changed.worries())
			.set(CHILD_VOICE.GOOD_THINGS, changed.goodThings())
			.set(CHILD_VOICE.DREAMS, changed.dreams())
			.set(CHILD_VOICE.VERSION, changed.version() + 1)
			.where(CHILD_VOICE.ID.eq(changed.id()))
			.and(CHILD_VOICE.VERSION.eq(changed.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The child's voice");
		}
		return changed.version() + 1;
	}

	private static PersonView toView(PersonViewRecord row) {
		return new PersonView(row.getId(), row.getAssessmentId(), row.getPersonId(), row.getWorries(),
				row.getStrengths(), row.getWishes(), row.getIsOpinion(), row.getVersion());
	}

	private static ChildVoice toVoice(ChildVoiceRecord row) {
		return new ChildVoice(row.getId(), row.getAssessmentId(), row.getChildId(), row.getWorries(),
				row.getGoodThings(), row.getDreams(), row.getVersion());
	}

	private static Assessment toAssessment(AssessmentRecord row) {
		return new Assessment(row.getId(), row.getEpisodeId(), row.getStartedOn(), row.getCompletedOn(),
				row.getSummary(), row.getFromSocialCare(), row.getSocialCareReference(), row.getVersion());
	}

}
