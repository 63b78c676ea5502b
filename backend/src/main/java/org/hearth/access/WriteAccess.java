package org.hearth.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An episode locked for one write, as the write found it: its family, status and version, and how the caller stands
 * to it. Held until the write's transaction ends, so nothing the check relied on changes underneath it.
 */
public record WriteAccess(UUID episodeId, UUID familyId, String reference, String status, int version,
		@Nullable UUID leadPractitionerId, Set<Step.Relationship> relationships) {

	public boolean isOpen() {
		return !"CLOSED".equals(this.status);
	}

}
