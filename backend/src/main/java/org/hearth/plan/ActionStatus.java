package org.hearth.plan;

/** Where an action stands. Done and cancelled actions are finished and never overdue. */
public enum ActionStatus {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

	boolean isFinished() {
		return this == DONE || this == CANCELLED;
	}

}
