package org.hearth.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * Turns what a caller can correct into a classified GraphQL error with a plain message. Anything else falls through
 * to Spring for GraphQL, which answers INTERNAL_ERROR without the exception's text: never a stack trace or SQL.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		// A request past its time is cancelled, and every field still to fetch then fails with this: an expected
		// outcome, not one to log with a stack trace per field. GraphQlTimeout turns them into one TIMEOUT error.
		if (ex instanceof AbortExecutionException aborted) {
			return aborted;
		}
		if (ex instanceof InvalidArgumentException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof ConversionException || ex instanceof BindException
				|| ex instanceof IllegalArgumentException && ex.getCause() instanceof ConversionException) {
			return error(env, ErrorType.BAD_REQUEST, "An argument has the wrong form (ids are UUIDs).");
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, @Nullable String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

}
