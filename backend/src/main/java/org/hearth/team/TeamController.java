package org.hearth.team;

import java.util.List;
import java.util.Map;

import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
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
class TeamController {

	private final TeamService teams;

	private final AgencyService agencies;

	private final FamilyService families;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	TeamController(TeamService teams, AgencyService agencies, FamilyService families, EpisodeService episodes,
			CurrentCaller caller) {
		this.teams = teams;
		this.agencies = agencies;
		this.families = families;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload addTeamMember(@Argument AddTeamMemberInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.teams.addMember(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload handOverLead(@Argument HandOverLeadInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.teams.handOverLead(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload removeTeamMember(@Argument RemoveTeamMemberInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.teams.removeMember(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<TeamMember>> team(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id, this.teams.ofEpisodes(BatchResults.keys(episodes, Episode::id)),
				TeamMember::episodeId);
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, TeamMember> lead(List<Episode> episodes) {
		var leads = this.teams.ofEpisodes(BatchResults.keys(episodes, Episode::id))
			.stream()
			.filter(TeamMember::isLead)
			.toList();
		return BatchResults.one(episodes, Episode::id, leads, TeamMember::episodeId);
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Handover>> handovers(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.teams.handovers(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Handover::episodeId);
	}

	@BatchMapping
	Map<TeamMember, Practitioner> practitioner(List<TeamMember> members) {
		return BatchResults.one(members, TeamMember::practitionerId,
				this.agencies.practitioners(BatchResults.keys(members, TeamMember::practitionerId)),
				Practitioner::id);
	}

	@BatchMapping
	Map<TeamMember, Person> person(List<TeamMember> members) {
		return BatchResults.one(members, TeamMember::personId,
				this.families.people(BatchResults.keys(members, TeamMember::personId)), Person::id);
	}

	@BatchMapping(typeName = "Handover")
	Map<Handover, TeamMember> from(List<Handover> handovers) {
		return BatchResults.one(handovers, Handover::fromMemberId,
				this.teams.members(BatchResults.keys(handovers, Handover::fromMemberId)), TeamMember::id);
	}

	@BatchMapping(typeName = "Handover")
	Map<Handover, TeamMember> to(List<Handover> handovers) {
		return BatchResults.one(handovers, Handover::toMemberId,
				this.teams.members(BatchResults.keys(handovers, Handover::toMemberId)), TeamMember::id);
	}

}
