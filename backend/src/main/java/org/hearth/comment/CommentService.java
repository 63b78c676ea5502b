package org.hearth.comment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Reads the comments of episodes the caller already reached. */
@Service
public class CommentService {

	private final CommentRepository repository;

	CommentService(CommentRepository repository) {
		this.repository = repository;
	}

	public List<FamilyComment> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

}
