package org.hearth.family;

/** A person's place in the family. */
public enum PersonRole {

	CHILD, PARENT_CARER, OTHER_ADULT, EXTENDED_FAMILY

}
