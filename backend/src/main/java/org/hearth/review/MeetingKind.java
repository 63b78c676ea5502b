package org.hearth.review;

/** The initial TAF meeting, or a review meeting. */
public enum MeetingKind {

	INITIAL_TAF, REVIEW

}
