package org.hearth.plan;

/** Where an action stands. Done and cancelled actions are finished and never overdue. */
public enum ActionStatus {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

	boolean isFinished() {
		return this == DONE || this == CANCELLED;
	}

	/**
	 * The moves a worker can make: work starts, stops, finishes or is called off; a done action can be reopened;
	 * a cancelled one stays cancelled (the plan gets a new action instead).
	 */
	boolean canBecome(ActionStatus next) {
		return switch (this) {
			case NOT_STARTED -> next == IN_PROGRESS || next == DONE || next == CANCELLED;
			case IN_PROGRESS -> next == NOT_STARTED || next == DONE || next == CANCELLED;
			case DONE -> next == IN_PROGRESS;
			case CANCELLED -> false;
		};
	}

}
