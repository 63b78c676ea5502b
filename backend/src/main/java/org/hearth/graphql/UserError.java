package org.hearth.graphql;

import java.util.List;

/** A problem with a mutation's input that the caller can put right (GraphQL type {@code UserError}). */
public record UserError(List<String> field, String code, String message) {
}
