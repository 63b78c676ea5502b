package org.hearth.closure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.episode.Episode;
import org.hearth.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class ClosureController {

	private final ClosureService closures;

	ClosureController(ClosureService closures) {
		this.closures = closures;
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, Closure> closure(List<Episode> episodes) {
		return BatchResults.one(episodes, Episode::id,
				this.closures.ofEpisodes(BatchResults.keys(episodes, Episode::id)), Closure::episodeId);
	}

	@BatchMapping
	Map<Closure, List<String>> signposting(List<Closure> closures) {
		var signposts = this.closures.signposting(BatchResults.keys(closures, Closure::episodeId));
		Map<Closure, List<String>> result = new LinkedHashMap<>();
		closures.forEach(closure -> result.put(closure, signposts.getOrDefault(closure.episodeId(), List.of())));
		return result;
	}

}
