package org.hearth.episode;

/** How the episode began. */
public enum EpisodeSource {

	PRACTITIONER_REQUEST, HUB_REFERRAL, STEP_DOWN_FROM_SOCIAL_CARE

}
