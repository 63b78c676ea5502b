package org.hearth.node;

/** The kinds of object {@code node(id)} can return. */
enum NodeType {

	AGENCY, PRACTITIONER, FAMILY, PERSON, EPISODE, CONSENT, ASSESSMENT, TEAM_MEMBER, OUTCOME, ACTION, MEETING, REVIEW

}
