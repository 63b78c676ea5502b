package org.hearth.episode;

import java.util.List;

import org.hearth.graphql.PageInfo;
import org.jspecify.annotations.Nullable;

/**
 * A page of episodes, Relay style. {@code totalCount} is null when the query did not ask for it (it costs a count
 * query of its own).
 */
public record EpisodeConnection(List<EpisodeEdge> edges, PageInfo pageInfo, @Nullable Integer totalCount) {

	public record EpisodeEdge(String cursor, Episode node) {
	}

}
