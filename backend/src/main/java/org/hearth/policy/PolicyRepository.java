package org.hearth.policy;

import static org.hearth.db.jooq.Tables.NEED_AREA;
import static org.hearth.db.jooq.Tables.POLICY;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PolicyRepository {

	private final DSLContext dsl;

	PolicyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Policy load() {
		List<NeedArea> needAreas = this.dsl.select(NEED_AREA.CODE, NEED_AREA.NAME)
			.from(NEED_AREA)
			.where(NEED_AREA.ACTIVE.isTrue())
			.orderBy(NEED_AREA.POSITION)
			.fetch(row -> new NeedArea(row.value1(), row.value2()));
		return this.dsl.selectFrom(POLICY)
			.fetchSingle(row -> new Policy(row.getAssessmentDueDays(), row.getInitialMeetingDueDays(),
					row.getFirstReviewDueDays(), row.getMaxReviewIntervalDays(), needAreas));
	}

	/** Need areas by code, including retired ones that old outcomes still refer to. */
	List<NeedArea> needAreas(Collection<String> codes) {
		return this.dsl.select(NEED_AREA.CODE, NEED_AREA.NAME)
			.from(NEED_AREA)
			.where(NEED_AREA.CODE.in(codes))
			.fetch(row -> new NeedArea(row.value1(), row.value2()));
	}

}
