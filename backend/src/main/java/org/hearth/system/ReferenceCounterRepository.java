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

	/**
	 * The counter's next value: the year's row made at one, or raised by one, in a single statement that takes the
	 * row's exclusive lock at once. (An insert-if-missing followed by an update took a shared lock first: two requests
	 * at the same moment each held one and waited for the other's, and the database broke the deadlock by failing
	 * one of them.) The transaction's own read then sees its own value.
	 */
	int next(String kind, int year) {
		// Written out: jOOQ's MySQL dialect adds MySQL 8's row alias ("as excluded"), which MariaDB refuses.
		this.dsl.execute("insert into reference_counter (kind, ref_year, last_value) values (?, ?, 1)"
				+ " on duplicate key update last_value = last_value + 1", kind, year);
		return this.dsl.select(REFERENCE_COUNTER.LAST_VALUE)
			.from(REFERENCE_COUNTER)
			.where(REFERENCE_COUNTER.KIND.eq(kind).and(REFERENCE_COUNTER.REF_YEAR.eq(year)))
			.fetchSingle()
			.value1();
	}

}
