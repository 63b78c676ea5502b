package org.hearth.graphql;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The cost and depth of an operation, worked out from the document and its variables before anything runs.
 * <p>
 * The cost estimates how many objects the response can hold:
 * <ul>
 * <li>a scalar or enum field costs 0;</li>
 * <li>an object field costs 1 plus the cost of the fields asked for inside it;</li>
 * <li>a list field costs that once per item it may hold: for the {@code edges} (or {@code nodes}) of a connection,
 * the page size the connection was asked for ({@code first} or {@code last}; the largest page, 100, when neither is
 * given); for any other list, its own {@code first}/{@code last} when it has one, otherwise a fixed estimate (10 by
 * default);</li>
 * <li>introspection ({@code __schema}, {@code __type}, {@code __typename}) costs 0.</li>
 * </ul>
 * So {@code episodes(first: 20) { edges { node { id outcomes { id } } } }} costs 1 + 20 x (1 + 1 + 10 x 1) = 241.
 * The depth is the number of fields on the longest path, the top-level field counting 1; introspection is left out
 * (graphql-java limits it on its own, and GraphiQL's schema query nests {@code ofType} a dozen levels).
 */
final class QueryCost {

	/** A connection's page size when the request gives none: the largest page any connection serves. */
	static final int DEFAULT_PAGE_SIZE = PageRequests.MAX_PAGE_SIZE;

	private final int listSizeEstimate;

	QueryCost(int listSizeEstimate) {
		this.listSizeEstimate = listSizeEstimate;
	}

	/** What an operation asks for: its cost and its depth. */
	record Measure(long cost, int depth) {
	}

	Measure measure(GraphQLSchema schema, Document document, @Nullable String operationName,
			CoercedVariables variables) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build();
		Map<QueryVisitorFieldEnvironment, Long> childCosts = new HashMap<>();
		long[] total = { 0 };
		int[] depth = { 0 };
		traverser.visitPostOrder(new QueryVisitorStub() {

			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				long cost = fieldCost(env, childCosts.getOrDefault(env, 0L));
				QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
				if (parent == null) {
					total[0] = plus(total[0], cost);
				}
				else {
					childCosts.merge(parent, cost, QueryCost::plus);
				}
				if (!isIntrospection(root(env))) {
					depth[0] = Math.max(depth[0], pathLength(env));
				}
			}

		});
		return new Measure(total[0], depth[0]);
	}

	private long fieldCost(QueryVisitorFieldEnvironment env, long children) {
		if (isIntrospection(env)) {
			return 0;
		}
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
		if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
			return 0;
		}
		long each = plus(1, children);
		return GraphQLTypeUtil.isList(type) ? times(each, listSize(env)) : each;
	}

	private long listSize(QueryVisitorFieldEnvironment env) {
		QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
		if (parent != null && env.getFieldsContainer().getName().endsWith("Connection")) {
			Long page = pageSize(parent);
			return (page != null) ? page : DEFAULT_PAGE_SIZE;
		}
		Long own = pageSize(env);
		return (own != null) ? own : this.listSizeEstimate;
	}

	private static @Nullable Long pageSize(QueryVisitorFieldEnvironment env) {
		for (String name : new String[] { "first", "last" }) {
			if (env.getArguments().get(name) instanceof Number size) {
				return Math.max(0, size.longValue());
			}
		}
		return null;
	}

	private static boolean isIntrospection(QueryVisitorFieldEnvironment env) {
		return env.getFieldDefinition().getName().startsWith("__")
				|| env.getFieldsContainer().getName().startsWith("__");
	}

	private static QueryVisitorFieldEnvironment root(QueryVisitorFieldEnvironment env) {
		QueryVisitorFieldEnvironment root = env;
		while (root.getParentEnvironment() != null) {
			root = root.getParentEnvironment();
		}
		return root;
	}

	private static int pathLength(QueryVisitorFieldEnvironment env) {
		int length = 1;
		for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
			length++;
		}
		return length;
	}

	/** Addition that stops at {@link Long#MAX_VALUE} instead of overflowing. */
	private static long plus(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long times(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException overflow) {
			return Long.MAX_VALUE;
		}
	}

}
