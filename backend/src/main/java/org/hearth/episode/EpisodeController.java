package org.hearth.episode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.hearth.access.CurrentCaller;
import org.hearth.family.Family;
import org.hearth.family.FamilyService;
import org.hearth.graphql.BatchResults;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class EpisodeController {

	private final EpisodeService episodes;

	private final FamilyService families;

	private final CurrentCaller caller;

	EpisodeController(EpisodeService episodes, FamilyService families, CurrentCaller caller) {
		this.episodes = episodes;
		this.families = families;
		this.caller = caller;
	}

	@QueryMapping
	Optional<Episode> episode(@Argument UUID id) {
		return this.episodes.find(this.caller.ofGraphQl(), id);
	}

	/** A page of episodes; Spring for GraphQL makes the connection's edges, cursors and page info of the window. */
	@QueryMapping
	DataFetcherResult<Window<Episode>> episodes(ScrollSubrange subrange, @Argument @Nullable EpisodeFilter filter,
			DataFetchingFieldSelectionSet selection) {
		return this.episodes
			.list(this.caller.ofGraphQl(), filter, PageRequests.first(subrange), subrange.position().orElse(null),
					selection.contains("totalCount"))
			.toResult();
	}

	@SchemaMapping(typeName = "EpisodeConnection")
	@Nullable Integer totalCount(DataFetchingEnvironment connection) {
		return CountedWindow.totalCountOf(connection);
	}

	@QueryMapping
	List<ExistingPlanMatch> existingPlans(@Argument String givenName, @Argument String familyName,
			@Argument LocalDate dateOfBirth) {
		return this.episodes.existingPlans(this.caller.ofGraphQl(), givenName, familyName, dateOfBirth);
	}

	@BatchMapping
	Map<Episode, Family> family(List<Episode> episodes) {
		return BatchResults.one(episodes, Episode::familyId,
				this.families.families(BatchResults.keys(episodes, Episode::familyId)), Family::id);
	}

	@SchemaMapping
	String requestReasons(Episode episode) {
		return this.episodes.requestReasons(this.caller.ofGraphQl(), episode);
	}

	@BatchMapping
	Map<Episode, Timescales> timescales(List<Episode> episodes) {
		return this.episodes.timescales(episodes);
	}

	@BatchMapping(typeName = "Family", field = "episodes")
	Map<Family, List<Episode>> familyEpisodes(List<Family> families) {
		var byFamily = this.episodes.ofFamilies(this.caller.ofGraphQl(), BatchResults.keys(families, Family::id));
		Map<Family, List<Episode>> result = new LinkedHashMap<>();
		families.forEach(family -> result.put(family, byFamily.getOrDefault(family.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Family", field = "currentEpisode")
	Map<Family, Episode> currentEpisode(List<Family> families) {
		var byFamily = this.episodes.ofFamilies(this.caller.ofGraphQl(), BatchResults.keys(families, Family::id));
		Map<Family, Episode> result = new LinkedHashMap<>();
		families.forEach(family -> byFamily.getOrDefault(family.id(), List.of())
			.stream()
			.filter(Episode::isOpen)
			.findFirst()
			.ifPresent(open -> result.put(family, open)));
		return result;
	}

}
