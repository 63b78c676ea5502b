package org.hearth.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RecordMeetingInput}, with the extension's {@code requestId}. */
public record RecordMeetingInput(UUID meetingId, LocalDate heldOn, List<UUID> attendeeIds,
		@Nullable List<UUID> apologyIds, boolean familyAttended, @Nullable String notes, @Nullable UUID requestId) {
}
