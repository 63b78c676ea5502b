package org.hearth.consent;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RecordConsentInput}. */
public record RecordConsentInput(@Nullable UUID id, UUID episodeId, ConsentScope scope, ConsentDecision decision,
		UUID givenByPersonId, ConsentMethod method, @Nullable List<UUID> excludedAgencyIds, @Nullable String notes) {
}
