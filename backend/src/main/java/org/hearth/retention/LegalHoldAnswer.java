package org.hearth.retention;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The app's answer to setting or releasing a legal hold: the family's hold now (null after a release), or what to put
 * right (the same codes as GraphQL's {@code LegalHoldPayload}).
 */
public record LegalHoldAnswer(@Nullable HeldFamily hold, @NonNull List<@NonNull UserError> errors) {
}
