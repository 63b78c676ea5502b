package org.hearth.episode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.hearth.access.CurrentCaller;
import org.hearth.family.Family;
import org.hearth.family.FamilyService;
import org.hearth.graphql.BatchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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

	@QueryMapping
	EpisodeConnection episodes(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable EpisodeFilter filter, DataFetchingFieldSelectionSet selection) {
		// The count is a query of its own: run it only for a query that selects totalCount.
		return this.episodes.list(this.caller.ofGraphQl(), filter, first, after, selection.contains("totalCount"));
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
