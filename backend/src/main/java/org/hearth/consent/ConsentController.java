package org.hearth.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.agency.Agency;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConsentController {

	private final ConsentService consents;

	private final FamilyService families;

	private final AgencyService agencies;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	ConsentController(ConsentService consents, FamilyService families, AgencyService agencies,
			EpisodeService episodes, CurrentCaller caller) {
		this.consents = consents;
		this.families = families;
		this.agencies = agencies;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload recordConsent(@Argument RecordConsentInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.consents.record(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Consent>> consents(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.consents.ofEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Consent::episodeId);
	}

	/** Worked out from every decision, including those the caller may not read (a family member's others'). */
	@BatchMapping(typeName = "Episode")
	Map<Episode, Boolean> hasActiveConsent(List<Episode> episodes) {
		Map<Episode, Boolean> result = new LinkedHashMap<>();
		BatchResults.many(episodes, Episode::id, this.consents.ofEpisodes(BatchResults.keys(episodes, Episode::id)),
				Consent::episodeId)
			.forEach((episode, consents) -> result.put(episode, this.consents.isActive(consents)));
		return result;
	}

	@BatchMapping
	Map<Consent, Person> givenBy(List<Consent> consents) {
		return BatchResults.one(consents, Consent::givenById,
				this.families.people(BatchResults.keys(consents, Consent::givenById)), Person::id);
	}

	@BatchMapping
	Map<Consent, Practitioner> recordedBy(List<Consent> consents) {
		return BatchResults.one(consents, Consent::recordedById,
				this.agencies.practitioners(BatchResults.keys(consents, Consent::recordedById)), Practitioner::id);
	}

	@BatchMapping
	Map<Consent, List<Agency>> excludedAgencies(List<Consent> consents) {
		var excluded = this.consents.excludedAgencyIds(BatchResults.keys(consents, Consent::id));
		var agencyIds = excluded.values().stream().flatMap(List::stream).collect(Collectors.toSet());
		Map<java.util.UUID, Agency> agenciesById = this.agencies.agencies(agencyIds)
			.stream()
			.collect(Collectors.toMap(Agency::id, Function.identity()));
		Map<Consent, List<Agency>> result = new LinkedHashMap<>();
		consents.forEach(consent -> result.put(consent,
				excluded.getOrDefault(consent.id(), List.of()).stream().map(agenciesById::get).toList()));
		return result;
	}

}
