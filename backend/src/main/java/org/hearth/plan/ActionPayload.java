package org.hearth.plan;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The answer to a mutation of an action: the action after it, or what to put right. */
public record ActionPayload(@Nullable Action action, List<UserError> errors) {
}
