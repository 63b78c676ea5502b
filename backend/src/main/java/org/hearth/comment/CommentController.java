package org.hearth.comment;

import java.util.List;
import java.util.Map;

import org.hearth.episode.Episode;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class CommentController {

	private final CommentService comments;

	private final FamilyService families;

	CommentController(CommentService comments, FamilyService families) {
		this.comments = comments;
		this.families = families;
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<FamilyComment>> familyComments(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.comments.ofEpisodes(BatchResults.keys(episodes, Episode::id)), FamilyComment::episodeId);
	}

	@BatchMapping
	Map<FamilyComment, Person> author(List<FamilyComment> comments) {
		return BatchResults.one(comments, FamilyComment::authorId,
				this.families.people(BatchResults.keys(comments, FamilyComment::authorId)), Person::id);
	}

}
