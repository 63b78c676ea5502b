package org.hearth.episode;

/** Level 2 (additional needs) or level 3 (complex needs); significant harm is a safeguarding referral instead. */
public enum LevelOfNeed {

	LEVEL_2, LEVEL_3

}
