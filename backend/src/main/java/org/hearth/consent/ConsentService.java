package org.hearth.consent;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.episode.EpisodeService;
import org.springframework.stereotype.Service;

/** Reads consent and decides whether an episode's consent stands. */
@Service
public class ConsentService {

	private final ConsentRepository repository;

	private final EpisodeService episodes;

	ConsentService(ConsentRepository repository, EpisodeService episodes) {
		this.repository = repository;
		this.episodes = episodes;
	}

	public List<Consent> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	/** A consent record, if the caller may see its episode. */
	public Optional<Consent> find(Caller caller, UUID id) {
		return this.repository.find(id).filter(consent -> this.episodes.find(caller, consent.episodeId()).isPresent());
	}

	public Map<UUID, List<UUID>> excludedAgencyIds(Collection<UUID> consentIds) {
		return consentIds.isEmpty() ? Map.of() : this.repository.excludedAgencies(consentIds);
	}

	/**
	 * Consent stands while start, store and share have each been given by someone and nobody has withdrawn any of
	 * them: a withdrawal ends the episode.
	 */
	public boolean isActive(List<Consent> consents) {
		if (consents.stream().anyMatch(consent -> consent.decision() == ConsentDecision.WITHDRAWN)) {
			return false;
		}
		Set<ConsentScope> given = EnumSet.noneOf(ConsentScope.class);
		consents.stream()
			.filter(consent -> consent.decision() == ConsentDecision.GIVEN)
			.forEach(consent -> given.add(consent.scope()));
		return given.containsAll(EnumSet.allOf(ConsentScope.class));
	}

}
