package org.hearth.plan;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The answer to a mutation of an outcome: the outcome after it, or what to put right. */
public record OutcomePayload(@Nullable Outcome outcome, List<UserError> errors) {
}
