package org.hearth.system;

import static org.hearth.db.jooq.Tables.REFERENCE_COUNTER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReferenceCounterRepository {

	private final DSLContext dsl;

	ReferenceCounterRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The counter's next value: the row is made at zero once a year, then raised under its lock. */
	int next(String kind, int year) {
		this.dsl.insertInto(REFERENCE_COUNTER)
			.set(REFERENCE_COUNTER.KIND, kind)
			.set(REFERENCE_COUNTER.REF_YEAR, year)
			.set(REFERENCE_COUNTER.LAST_VALUE, 0)
			.onDuplicateKeyIgnore()
			.execute();
		var counter = REFERENCE_COUNTER.KIND.eq(kind).and(REFERENCE_COUNTER.REF_YEAR.eq(year));
		this.dsl.update(REFERENCE_COUNTER)
			.set(REFERENCE_COUNTER.LAST_VALUE, REFERENCE_COUNTER.LAST_VALUE.plus(1))
			.where(counter)
			.execute();
		return this.dsl.select(REFERENCE_COUNTER.LAST_VALUE).from(REFERENCE_COUNTER).where(counter).fetchSingle().value1();
	}

}
