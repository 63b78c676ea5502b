package org.hearth.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Counts the SQL statements jOOQ executes, to prove nested GraphQL lists are loaded in batches. */
public class StatementCounter implements ExecuteListener {

	private final AtomicInteger count = new AtomicInteger();

	@Override
	public void executeStart(ExecuteContext ctx) {
		this.count.incrementAndGet();
	}

	public void reset() {
		this.count.set(0);
	}

	public int count() {
		return this.count.get();
	}

}
