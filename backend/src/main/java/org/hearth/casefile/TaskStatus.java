package org.hearth.casefile;

/** Where a task stands, as in the GOV.UK task list pattern. */
public enum TaskStatus {

	DONE, IN_PROGRESS, TO_DO, CANNOT_START_YET

}
