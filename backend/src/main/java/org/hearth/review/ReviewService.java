package org.hearth.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.episode.EpisodeService;
import org.springframework.stereotype.Service;

/** Reads meetings and reviews; each is visible exactly when its episode is. */
@Service
public class ReviewService {

	private final ReviewRepository repository;

	private final EpisodeService episodes;

	ReviewService(ReviewRepository repository, EpisodeService episodes) {
		this.repository = repository;
		this.episodes = episodes;
	}

	public List<Meeting> meetingsOfEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.meetingsOfEpisodes(episodeIds);
	}

	public List<Meeting> meetings(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.meetings(ids);
	}

	List<Attendance> attendance(Collection<UUID> meetingIds) {
		return meetingIds.isEmpty() ? List.of() : this.repository.attendance(meetingIds);
	}

	public List<Review> reviewsOfEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.reviewsOfEpisodes(episodeIds);
	}

	public Optional<Meeting> findMeeting(Caller caller, UUID id) {
		return this.repository.meetings(List.of(id))
			.stream()
			.findFirst()
			.filter(meeting -> this.episodes.find(caller, meeting.episodeId()).isPresent());
	}

	public Optional<Review> findReview(Caller caller, UUID id) {
		return this.repository.review(id).filter(review -> this.episodes.find(caller, review.episodeId()).isPresent());
	}

}
