package org.hearth.graphql;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses, before anything is fetched, a GraphQL request that asks for too much: more operations in its document or
 * more top-level fields in an operation than allowed (checked before validation), or a deeper or costlier operation
 * (checked once the variables are known; see {@link QueryCost}). Every response to a request that got that far
 * reports its cost in {@code extensions.cost}: {@code {"requested": 241, "maximum": 25000}}. It also starts and
 * finishes the {@link GraphQlTimeout}.
 * <p>
 * It is the only instrumentation: graphql-java calls a chain of instrumentations at every field of every response
 * (a nested read resolves thousands), which cost more than the rules themselves, while this one acts only per request.
 */
final class GraphQlLimits extends SimplePerformantInstrumentation {

	private final GraphQlLimitsProperties limits;

	private final QueryCost costs;

	private final GraphQlTimeout timeout;

	GraphQlLimits(GraphQlLimitsProperties limits, GraphQlTimeout timeout) {
		this.limits = limits;
		this.costs = new QueryCost(limits.listSizeEstimate());
		this.timeout = timeout;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Request();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		((Request) state).deadline = this.timeout.start(parameters.getExecutionInput());
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		Document document = parameters.getDocument();
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.size() > this.limits.maxOperations()) {
			throw refusal("The request holds %d operations; at most %d are allowed. Send one operation per request."
				.formatted(operations.size(), this.limits.maxOperations()));
		}
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
		for (OperationDefinition operation : operations) {
			int fields = countFields(operation.getSelectionSet(), fragments, new HashSet<>());
			if (fields > this.limits.maxRootFields()) {
				throw refusal("The operation asks for %d top-level fields; at most %d are allowed. Split it into several requests."
					.formatted(fields, this.limits.maxRootFields()));
			}
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryCost.Measure measure = this.costs.measure(context.getGraphQLSchema(), context.getDocument(),
				context.getExecutionInput().getOperationName(), context.getCoercedVariables());
		((Request) state).requested = measure.cost();
		if (measure.depth() > this.limits.maxDepth()) {
			throw refusal("The query nests fields %d levels deep; at most %d are allowed. Ask for less nested data."
				.formatted(measure.depth(), this.limits.maxDepth()));
		}
		if (measure.cost() > this.limits.maxCost()) {
			throw refusal(("The query could return too much data: its cost is %d and at most %d is allowed. "
					+ "Ask for smaller pages (first) or fewer nested lists.")
				.formatted(measure.cost(), this.limits.maxCost()));
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Request request = (Request) state;
		ExecutionResult finished = (request.deadline != null) ? this.timeout.finish(request.deadline, result) : result;
		Long requested = request.requested;
		if (requested == null) {
			return CompletableFuture.completedFuture(finished);
		}
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", requested);
		cost.put("maximum", this.limits.maxCost());
		return CompletableFuture.completedFuture(finished.transform(builder -> builder.addExtension("cost", cost)));
	}

	/** Fields at the top of a selection set, through fragments; a fragment used twice counts twice. */
	private static int countFields(SelectionSet selections, Map<String, FragmentDefinition> fragments,
			Set<String> fragmentsOnPath) {
		int count = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field) {
				count++;
			}
			else if (selection instanceof InlineFragment inline) {
				count += countFields(inline.getSelectionSet(), fragments, fragmentsOnPath);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
					&& fragmentsOnPath.add(spread.getName())) {
				// A fragment that spreads itself is a validation error: the path set only keeps this loop finite.
				count += countFields(fragments.get(spread.getName()).getSelectionSet(), fragments, fragmentsOnPath);
				fragmentsOnPath.remove(spread.getName());
			}
		}
		return count;
	}

	/** A limit's refusal: one GraphQL error classified BAD_REQUEST with a plain message, no data. */
	static AbortExecutionException refusal(String message) {
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

	private static final class Request implements InstrumentationState {

		volatile GraphQlTimeout.@Nullable Deadline deadline;

		volatile @Nullable Long requested;

	}

}
