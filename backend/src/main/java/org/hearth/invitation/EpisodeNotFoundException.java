package org.hearth.invitation;

/** The episode does not exist, or the caller may not invite anyone to it: both are answered alike. */
public class EpisodeNotFoundException extends RuntimeException {

	EpisodeNotFoundException() {
		super("No episode with this id was found.");
	}

}
