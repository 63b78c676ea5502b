package org.hearth.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** Facts about the demo data the tests rely on (see DemoData). */
public final class Demo {

	private Demo() {
	}

	/** 1 requested, 2 assessing, 3 planning, 4 active with two reviews (Dana's), 5 active and overdue, 6 closed. */
	public static final int REQUESTED = 1, ASSESSING = 2, PLANNING = 3, ACTIVE = 4, OVERDUE = 5, CLOSED = 6;

	/** How many days ago demo family N asked for early help (DemoData replays each history from that day). */
	private static final int[] OPENED_DAYS_AGO = { 3, 9, 24, 120, 150, 300 };

	/** Family reference N of the demo, e.g. EH-2026-000004. */
	public static String family(int n) {
		return reference("EH", n);
	}

	/** Episode reference N of the demo, e.g. EP-2026-000004. */
	public static String episode(int n) {
		return reference("EP", n);
	}

	/**
	 * References number from 1 each year, in the order the demo opens its families (1 to 6), within the year each was
	 * opened in: usually all this year; early in January the older ones are last year's.
	 */
	private static String reference(String kind, int n) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		int year = today.minusDays(OPENED_DAYS_AGO[n - 1]).getYear();
		int number = 0;
		for (int earlier = 1; earlier <= n; earlier++) {
			if (today.minusDays(OPENED_DAYS_AGO[earlier - 1]).getYear() == year) {
				number++;
			}
		}
		return "%s-%d-%06d".formatted(kind, year, number);
	}

}
