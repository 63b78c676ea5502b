package org.hearth.episode;

/** Where an episode is in the early help process. */
public enum EpisodeStatus {

	REQUESTED, ASSESSING, PLANNING, ACTIVE, CLOSED

}
