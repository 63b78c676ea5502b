package org.hearth.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.hearth.graphql.BatchResults;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReviewController {

	private final ReviewService reviews;

	private final MeetingService meetings;

	private final TeamService teams;

	private final AgencyService agencies;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	ReviewController(ReviewService reviews, MeetingService meetings, TeamService teams, AgencyService agencies,
			EpisodeService episodes, CurrentCaller caller) {
		this.reviews = reviews;
		this.meetings = meetings;
		this.teams = teams;
		this.agencies = agencies;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload scheduleMeeting(@Argument ScheduleMeetingInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.meetings.schedule(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload recordMeeting(@Argument RecordMeetingInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.meetings.record(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload rescheduleMeeting(@Argument RescheduleMeetingInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.meetings.reschedule(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload cancelMeeting(@Argument CancelMeetingInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.meetings.cancel(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload recordReview(@Argument RecordReviewInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.reviews.recordReview(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload bringReviewForward(@Argument BringReviewForwardInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.reviews.bringForward(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Meeting>> meetings(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.reviews.meetingsOfEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Meeting::episodeId);
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Review>> reviews(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.reviews.reviewsOfEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Review::episodeId);
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
				this.reviews.meetings(this.caller.ofGraphQl(), BatchResults.keys(reviews, Review::meetingId)),
				Meeting::id);
	}

	@BatchMapping
	Map<Review, Practitioner> recordedBy(List<Review> reviews) {
		return BatchResults.one(reviews, Review::recordedById,
				this.agencies.practitioners(BatchResults.keys(reviews, Review::recordedById)), Practitioner::id);
	}

	private Map<Meeting, List<TeamMember>> membersWho(List<Meeting> meetings, boolean attended) {
		var attendance = this.reviews.attendance(this.caller.ofGraphQl(), BatchResults.keys(meetings, Meeting::id))
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
