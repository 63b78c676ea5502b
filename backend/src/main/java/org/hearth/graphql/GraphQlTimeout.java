package org.hearth.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * Stops a GraphQL request that runs longer than the timeout; {@link GraphQlLimits} starts and finishes it for every
 * request. graphql-java's cancellation is cooperative: once the time is up, {@link ExecutionInput#cancel()} makes it
 * fetch no further field (a query already sent to the database finishes first), and the answer is one error
 * classified {@code TIMEOUT} with no data.
 */
final class GraphQlTimeout implements AutoCloseable {

	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	private final Duration timeout;

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("graphql-timeout").daemon().factory());

	GraphQlTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/** Sets the alarm for one request. */
	Deadline start(ExecutionInput input) {
		Deadline deadline = new Deadline();
		deadline.alarm = this.clock.schedule(() -> {
			deadline.passed = true;
			input.cancel();
		}, this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		return deadline;
	}

	/** Clears the alarm; a request it stopped answers with the one TIMEOUT error. */
	ExecutionResult finish(Deadline deadline, ExecutionResult result) {
		deadline.alarm.cancel(false);
		// Cancelling shows as AbortExecutionException errors: one plain, classified error says what happened.
		if (!deadline.passed || result.getErrors().stream().noneMatch(AbortExecutionException.class::isInstance)) {
			return result;
		}
		List<GraphQLError> errors = new ArrayList<>(
				result.getErrors().stream().filter(error -> !(error instanceof AbortExecutionException)).toList());
		errors.add(GraphqlErrorBuilder.newError()
			.errorType(TIMEOUT)
			.message("The request took longer than %s and was stopped. Ask for less data at a time."
				.formatted(describe(this.timeout)))
			.build());
		return result.transform(builder -> builder.data(null).errors(errors));
	}

	private static String describe(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " seconds" : millis + " ms";
	}

	@Override
	public void close() {
		this.clock.shutdownNow();
	}

	static final class Deadline {

		@SuppressWarnings("NullAway.Init") // set by start before anyone can read it
		volatile ScheduledFuture<?> alarm;

		volatile boolean passed;

	}

}
