package org.hearth.closure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Reads closures of episodes the caller already reached. */
@Service
public class ClosureService {

	private final ClosureRepository repository;

	ClosureService(ClosureRepository repository) {
		this.repository = repository;
	}

	public List<Closure> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	public Map<UUID, List<String>> signposting(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? Map.of() : this.repository.signposting(episodeIds);
	}

}
