package org.hearth.review;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/**
 * The app's meetings and reviews: the same use cases as GraphQL's {@code scheduleMeeting}, {@code recordMeeting},
 * {@code rescheduleMeeting}, {@code cancelMeeting}, {@code recordReview} and {@code bringReviewForward}, through the same
 * services.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class MeetingEndpoint {

	private final MeetingService meetings;

	private final ReviewService reviews;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	MeetingEndpoint(MeetingService meetings, ReviewService reviews, EpisodeService episodes, CurrentCaller caller) {
		this.meetings = meetings;
		this.reviews = reviews;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload scheduleMeeting(@NonNull ScheduleMeetingInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.meetings.schedule(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload recordMeeting(@NonNull RecordMeetingInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.meetings.record(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload rescheduleMeeting(@NonNull RescheduleMeetingInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.meetings.reschedule(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload cancelMeeting(@NonNull CancelMeetingInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.meetings.cancel(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload recordReview(@NonNull RecordReviewInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.reviews.recordReview(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload bringReviewForward(@NonNull BringReviewForwardInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.reviews.bringForward(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

}
