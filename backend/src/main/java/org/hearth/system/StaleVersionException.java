package org.hearth.system;

/**
 * A write based on an out-of-date copy: someone else changed the row since it was read. Nothing is overwritten; the
 * caller is shown the conflict (code STALE_VERSION).
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String what) {
		super(what + " was changed by someone else since you opened it.");
	}

}
