package org.hearth.support;

import java.time.LocalDate;

/** Facts about the demo data the tests rely on (see DemoData). */
public final class Demo {

	private Demo() {
	}

	/** Family reference N of the demo, e.g. EH-2026-000004. */
	public static String family(int n) {
		return "EH-%d-%06d".formatted(LocalDate.now().getYear(), n);
	}

	/** Episode reference N of the demo, e.g. EP-2026-000004. */
	public static String episode(int n) {
		return "EP-%d-%06d".formatted(LocalDate.now().getYear(), n);
	}

	/** 1 requested, 2 assessing, 3 planning, 4 active with two reviews (Dana's), 5 active and overdue, 6 closed. */
	public static final int REQUESTED = 1, ASSESSING = 2, PLANNING = 3, ACTIVE = 4, OVERDUE = 5, CLOSED = 6;

}
