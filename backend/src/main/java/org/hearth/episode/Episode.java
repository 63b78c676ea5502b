package org.hearth.episode;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One episode of early help for a family.
 *
 * @param nextDueOn the earliest date something is due, kept from the timescales for sorting caseloads
 */
public record Episode(UUID id, String reference, UUID familyId, EpisodeStatus status, LevelOfNeed levelOfNeed,
		EpisodeSource source, String requestReasons, LocalDate openedOn, @Nullable LocalDate nextDueOn, int version) {

	public boolean isOpen() {
		return this.status != EpisodeStatus.CLOSED;
	}

}
