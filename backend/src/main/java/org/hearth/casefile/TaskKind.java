package org.hearth.casefile;

/** The tasks of an episode, in the order the process takes them. */
public enum TaskKind {

	/** The family agrees to start and to have their information kept. */
	CONSENT,
	/** A lead practitioner heads the team. */
	LEAD,
	/** Everyone's views heard, the assessment completed. */
	ASSESSMENT,
	/** Outcomes agreed, each with someone doing something about it. */
	PLAN,
	/** The first Team Around the Family meeting, which starts the plan. */
	INITIAL_MEETING,
	/** The plan's actions done. */
	ACTIONS,
	/** The plan reviewed as often as the policy asks. */
	REVIEW,
	/** The episode closed, with where the family can go next. */
	CLOSE

}
