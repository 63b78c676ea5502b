package org.hearth.episode;

import java.util.List;

import org.hearth.graphql.PageInfo;

/** A page of episodes, Relay style. */
public record EpisodeConnection(List<EpisodeEdge> edges, PageInfo pageInfo, int totalCount) {

	public record EpisodeEdge(String cursor, Episode node) {
	}

}
