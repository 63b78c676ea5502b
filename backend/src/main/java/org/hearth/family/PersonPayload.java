package org.hearth.family;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The answer to a mutation of a person: the person after it, or what to put right. */
public record PersonPayload(@Nullable Person person, List<UserError> errors) {
}
