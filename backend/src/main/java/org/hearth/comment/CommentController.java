package org.hearth.comment;

import java.util.List;
import java.util.Map;

import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
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
class CommentController {

	private final CommentService comments;

	private final FamilyService families;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	CommentController(CommentService comments, FamilyService families, EpisodeService episodes,
			CurrentCaller caller) {
		this.comments = comments;
		this.families = families;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload addFamilyComment(@Argument AddFamilyCommentInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.comments.add(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<FamilyComment>> familyComments(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.comments.ofEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				FamilyComment::episodeId);
	}

	@BatchMapping
	Map<FamilyComment, Person> author(List<FamilyComment> comments) {
		return BatchResults.one(comments, FamilyComment::authorId,
				this.families.people(BatchResults.keys(comments, FamilyComment::authorId)), Person::id);
	}

}
