package org.hearth.access;

/**
 * Which of three kinds a signed-in family member is, worked out from their record in the family (its role and
 * parental responsibility) whenever they call: it decides how much of their family's episodes they see (see the table
 * in this package's documentation).
 */
public enum FamilyMemberKind {

	/** Someone with parental responsibility for the children. */
	PARENT,

	/** Any other adult member: a parent or carer without parental responsibility, another adult, a relative. */
	OTHER_ADULT,

	/** A child or young person (role CHILD). */
	YOUNG_PERSON;

	/** The kind of a family member with this role ({@code PersonRole}'s name) and parental responsibility. */
	public static FamilyMemberKind of(String role, boolean parentalResponsibility) {
		if ("CHILD".equals(role)) {
			return YOUNG_PERSON;
		}
		return parentalResponsibility ? PARENT : OTHER_ADULT;
	}

}
