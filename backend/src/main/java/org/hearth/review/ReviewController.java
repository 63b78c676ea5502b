package org.hearth.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.episode.Episode;
import org.hearth.graphql.BatchResults;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReviewController {

	private final ReviewService reviews;

	private final TeamService teams;

	private final AgencyService agencies;

	ReviewController(ReviewService reviews, TeamService teams, AgencyService agencies) {
		this.reviews = reviews;
		this.teams = teams;
		this.agencies = agencies;
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Meeting>> meetings(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.reviews.meetingsOfEpisodes(BatchResults.keys(episodes, Episode::id)), Meeting::episodeId);
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Review>> reviews(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.reviews.reviewsOfEpisodes(BatchResults.keys(episodes, Episode::id)), Review::episodeId);
	}

	@BatchMapping
	Map<Meeting, List<TeamMember>> attendees(List<Meeting> meetings) {
		return membersWho(meetings, true);
	}

	@BatchMapping
	Map<Meeting, List<TeamMember>> apologies(List<Meeting> meetings) {
		return membersWho(meetings, false);
	}

	@BatchMapping
	Map<Review, Meeting> meeting(List<Review> reviews) {
		return BatchResults.one(reviews, Review::meetingId,
				this.reviews.meetings(BatchResults.keys(reviews, Review::meetingId)), Meeting::id);
	}

	@BatchMapping
	Map<Review, Practitioner> recordedBy(List<Review> reviews) {
		return BatchResults.one(reviews, Review::recordedById,
				this.agencies.practitioners(BatchResults.keys(reviews, Review::recordedById)), Practitioner::id);
	}

	private Map<Meeting, List<TeamMember>> membersWho(List<Meeting> meetings, boolean attended) {
		var attendance = this.reviews.attendance(BatchResults.keys(meetings, Meeting::id))
			.stream()
			.filter(row -> row.attended() == attended)
			.toList();
		Map<UUID, TeamMember> members = this.teams.members(BatchResults.keys(attendance, Attendance::teamMemberId))
			.stream()
			.collect(Collectors.toMap(TeamMember::id, Function.identity()));
		Map<UUID, List<TeamMember>> byMeeting = attendance.stream()
			.collect(Collectors.groupingBy(Attendance::meetingId,
					Collectors.mapping(row -> members.get(row.teamMemberId()), Collectors.toList())));
		Map<Meeting, List<TeamMember>> result = new LinkedHashMap<>();
		meetings.forEach(meeting -> result.put(meeting, byMeeting.getOrDefault(meeting.id(), List.of())));
		return result;
	}

}
