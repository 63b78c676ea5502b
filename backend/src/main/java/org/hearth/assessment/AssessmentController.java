package org.hearth.assessment;

import java.util.LinkedHashMap;
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
import org.hearth.policy.NeedArea;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class AssessmentController {

	private final AssessmentService assessments;

	private final FamilyService families;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	private final AssessmentNeeds needs;

	AssessmentController(AssessmentService assessments, FamilyService families, EpisodeService episodes,
			CurrentCaller caller, AssessmentNeeds needs) {
		this.needs = needs;
		this.assessments = assessments;
		this.families = families;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload startAssessment(@Argument StartAssessmentInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.assessments.start(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload recordPersonView(@Argument RecordPersonViewInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.assessments.recordView(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload recordChildVoice(@Argument RecordChildVoiceInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.assessments.recordVoice(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload completeAssessment(@Argument CompleteAssessmentInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.assessments.complete(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, Assessment> assessment(List<Episode> episodes) {
		return BatchResults.one(episodes, Episode::id,
				this.assessments.ofEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Assessment::episodeId);
	}

	@BatchMapping
	Map<Assessment, List<String>> servicesInvolved(List<Assessment> assessments) {
		var services = this.assessments.servicesInvolved(this.caller.ofGraphQl(),
				BatchResults.keys(assessments, Assessment::id));
		Map<Assessment, List<String>> result = new LinkedHashMap<>();
		assessments.forEach(assessment -> result.put(assessment, services.getOrDefault(assessment.id(), List.of())));
		return result;
	}

	@BatchMapping
	Map<Assessment, List<NeedArea>> needAreas(List<Assessment> assessments) {
		var needs = this.needs.needAreas(this.caller.ofGraphQl(), BatchResults.keys(assessments, Assessment::id));
		Map<Assessment, List<NeedArea>> result = new LinkedHashMap<>();
		assessments.forEach(assessment -> result.put(assessment, needs.getOrDefault(assessment.id(), List.of())));
		return result;
	}

	@BatchMapping
	Map<Assessment, List<PersonView>> views(List<Assessment> assessments) {
		return BatchResults.many(assessments, Assessment::id,
				this.assessments.views(this.caller.ofGraphQl(), BatchResults.keys(assessments, Assessment::id)),
				PersonView::assessmentId);
	}

	@BatchMapping
	Map<Assessment, List<ChildVoice>> childVoices(List<Assessment> assessments) {
		return BatchResults.many(assessments, Assessment::id,
				this.assessments.childVoices(this.caller.ofGraphQl(),
						BatchResults.keys(assessments, Assessment::id)),
				ChildVoice::assessmentId);
	}

	@BatchMapping(typeName = "PersonView")
	Map<PersonView, Person> person(List<PersonView> views) {
		return BatchResults.one(views, PersonView::personId,
				this.families.people(BatchResults.keys(views, PersonView::personId)), Person::id);
	}

	@BatchMapping(typeName = "ChildVoice")
	Map<ChildVoice, Person> child(List<ChildVoice> voices) {
		return BatchResults.one(voices, ChildVoice::childId,
				this.families.people(BatchResults.keys(voices, ChildVoice::childId)), Person::id);
	}

}
