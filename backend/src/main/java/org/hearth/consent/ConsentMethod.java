package org.hearth.consent;

/** How the answer was captured. */
public enum ConsentMethod {

	SIGNED_ON_DEVICE, WRITTEN, VERBAL

}
