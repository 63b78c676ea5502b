package org.hearth.review;

/** What the review decided. */
public enum ReviewDecision {

	CONTINUE, AMEND_PLAN, CLOSE, STEP_UP, ESCALATE_TO_PANEL

}
