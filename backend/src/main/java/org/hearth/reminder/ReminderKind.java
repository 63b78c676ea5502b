package org.hearth.reminder;

/** What a reminder is of; its notification's kind is {@code REMINDER_} and this name. */
enum ReminderKind {

	/** A plan action due within the lead days (today included). */
	ACTION_DUE,
	/** A plan action whose day has passed and that is not done. */
	ACTION_OVERDUE,
	/** A team meeting within the lead days. */
	MEETING_SOON,
	/** A review due within the lead days (the lead only). */
	REVIEW_DUE,
	/** A review whose day has passed (the lead only). */
	REVIEW_OVERDUE,
	/** An assessment due within the lead days (the lead only). */
	ASSESSMENT_DUE,
	/** An assessment whose day has passed (the lead only). */
	ASSESSMENT_OVERDUE;

	String notificationKind() {
		return "REMINDER_" + name();
	}

}
