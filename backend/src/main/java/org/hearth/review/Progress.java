package org.hearth.review;

/** How things have moved since the last review. */
public enum Progress {

	POSITIVE_CHANGE, NO_CHANGE, DETERIORATION

}
