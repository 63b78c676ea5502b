package org.hearth.node;

import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.agency.AgencyService;
import org.hearth.assessment.AssessmentService;
import org.hearth.consent.ConsentService;
import org.hearth.episode.EpisodeService;
import org.hearth.family.FamilyService;
import org.hearth.plan.PlanService;
import org.hearth.review.ReviewService;
import org.hearth.team.TeamService;
import org.springframework.stereotype.Service;

/**
 * Resolves an id to its object through the service that owns it, so the same access rule applies as everywhere:
 * an object the caller may not see is answered as missing.
 */
@Service
class NodeService {

	private final NodeRepository nodes;

	private final AgencyService agencies;

	private final FamilyService families;

	private final EpisodeService episodes;

	private final ConsentService consents;

	private final AssessmentService assessments;

	private final TeamService teams;

	private final PlanService plans;

	private final ReviewService reviews;

	NodeService(NodeRepository nodes, AgencyService agencies, FamilyService families, EpisodeService episodes,
			ConsentService consents, AssessmentService assessments, TeamService teams, PlanService plans,
			ReviewService reviews) {
		this.nodes = nodes;
		this.agencies = agencies;
		this.families = families;
		this.episodes = episodes;
		this.consents = consents;
		this.assessments = assessments;
		this.teams = teams;
		this.plans = plans;
		this.reviews = reviews;
	}

	public Optional<?> find(Caller caller, UUID id) {
		return this.nodes.typeOf(id).flatMap(type -> switch (type) {
			case AGENCY -> this.agencies.agency(id);
			case PRACTITIONER -> this.agencies.practitioner(id);
			case FAMILY -> this.families.find(caller, id);
			case PERSON -> this.families.findPerson(caller, id);
			case EPISODE -> this.episodes.find(caller, id);
			case CONSENT -> this.consents.find(caller, id);
			case ASSESSMENT -> this.assessments.find(caller, id);
			case TEAM_MEMBER -> this.teams.find(caller, id);
			case OUTCOME -> this.plans.findOutcome(caller, id);
			case ACTION -> this.plans.findAction(caller, id);
			case MEETING -> this.reviews.findMeeting(caller, id);
			case REVIEW -> this.reviews.findReview(caller, id);
		});
	}

}
