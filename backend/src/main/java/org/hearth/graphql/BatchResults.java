package org.hearth.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for {@code @BatchMapping} methods: one query loads the children of every parent in a batch, and these
 * hand each parent its own share, so the number of SQL statements never grows with the number of rows.
 */
public final class BatchResults {

	private BatchResults() {
	}

	/** The distinct non-null keys of a batch, to load in one {@code IN (...)} query. */
	public static <S, K> Set<K> keys(Collection<S> sources, Function<S, @Nullable K> key) {
		return sources.stream().map(key).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Each source with the one target its key points at (sources without a match are left out: null in GraphQL). */
	public static <S, K, T> Map<S, T> one(Collection<S> sources, Function<S, @Nullable K> key, Collection<T> targets,
			Function<T, K> targetKey) {
		Map<K, T> byKey = targets.stream().collect(Collectors.toMap(targetKey, Function.identity(), (a, b) -> a));
		Map<S, T> result = new LinkedHashMap<>();
		for (S source : sources) {
			K k = key.apply(source);
			T target = (k != null) ? byKey.get(k) : null;
			if (target != null) {
				result.put(source, target);
			}
		}
		return result;
	}

	/** Each source with the targets that belong to it, in the targets' order; an empty list when none do. */
	public static <S, K, T> Map<S, List<T>> many(Collection<S> sources, Function<S, K> key, Collection<T> targets,
			Function<T, K> parentKey) {
		Map<K, List<T>> byParent = targets.stream()
			.collect(Collectors.groupingBy(parentKey, LinkedHashMap::new, Collectors.toList()));
		Map<S, List<T>> result = new LinkedHashMap<>();
		for (S source : sources) {
			result.put(source, byParent.getOrDefault(key.apply(source), List.of()));
		}
		return result;
	}

}
