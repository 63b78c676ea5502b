package org.hearth.invitation;

import java.time.Instant;
import java.util.UUID;

import org.hearth.family.Person;
import org.jspecify.annotations.Nullable;

/** An invitation for one family member to set up an account; its code is never part of it. */
public record Invitation(UUID id, Person person, Instant expiresAt, @Nullable Instant acceptedAt) {
}
