package org.hearth.consent;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code RecordConsentInput}, with the family member's drawn signature (extension).
 *
 * @param signature a PNG as a {@code data:image/png;base64,} URL; only with method SIGNED_ON_DEVICE
 */
public record RecordConsentInput(@Nullable UUID id, UUID episodeId, ConsentScope scope, ConsentDecision decision,
		UUID givenByPersonId, ConsentMethod method, @Nullable List<UUID> excludedAgencyIds, @Nullable String notes,
		@Nullable String signature) {

	/** Printed without the image itself (the replay check hashes what this prints), but with its length and hash. */
	@Override
	public String toString() {
		return "RecordConsentInput[id=" + this.id + ", episodeId=" + this.episodeId + ", scope=" + this.scope
				+ ", decision=" + this.decision + ", givenByPersonId=" + this.givenByPersonId + ", method="
				+ this.method + ", excludedAgencyIds=" + this.excludedAgencyIds + ", notes=" + this.notes
				+ ", signature=" + ((this.signature != null)
						? this.signature.length() + ":" + Integer.toHexString(this.signature.hashCode()) : null)
				+ "]";
	}

}
