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

	/** The policy and its active need areas, in one statement (timescales need it on every list read). */
	Policy load() {
		var rows = this.dsl.select(POLICY.ASSESSMENT_DUE_DAYS, POLICY.INITIAL_MEETING_DUE_DAYS,
				POLICY.FIRST_REVIEW_DUE_DAYS, POLICY.MAX_REVIEW_INTERVAL_DAYS, POLICY.OUTCOME_HORIZON_DAYS, POLICY.REMINDER_LEAD_DAYS,
				NEED_AREA.CODE,
				NEED_AREA.NAME)
			.from(POLICY)
			.leftJoin(NEED_AREA)
			.on(NEED_AREA.ACTIVE.isTrue())
			.orderBy(NEED_AREA.POSITION)
			.fetch();
		if (rows.isEmpty()) {
			throw new IllegalStateException("The policy table is empty: the migrations seed it");
		}
		var first = rows.getFirst();
		List<NeedArea> needAreas = rows.stream()
			.filter(row -> row.get(NEED_AREA.CODE) != null)
			.map(row -> new NeedArea(row.get(NEED_AREA.CODE), row.get(NEED_AREA.NAME)))
			.toList();
		return new Policy(first.value1(), first.value2(), first.value3(), first.value4(), first.value5(), first.value6(),
				needAreas);
	}

	/** Need areas by code, including retired ones that old outcomes still refer to. */
	List<NeedArea> needAreas(Collection<String> codes) {
		return this.dsl.select(NEED_AREA.CODE, NEED_AREA.NAME)
			.from(NEED_AREA)
			.where(NEED_AREA.CODE.in(codes))
			.fetch(row -> new NeedArea(row.value1(), row.value2()));
	}

}
