package org.hearth.assessment;

import java.util.UUID;
import java.util.function.Function;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/** The app's assessment screens: the same use cases as GraphQL's assessment mutations, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class AssessmentEndpoint {

	private final AssessmentService assessments;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	AssessmentEndpoint(AssessmentService assessments, EpisodeService episodes, CurrentCaller caller) {
		this.assessments = assessments;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload startAssessment(@NonNull StartAssessmentInput input) {
		return write(caller -> this.assessments.start(caller, input));
	}

	public @NonNull EpisodePayload recordPersonView(@NonNull RecordPersonViewInput input) {
		return write(caller -> this.assessments.recordView(caller, input));
	}

	public @NonNull EpisodePayload recordChildVoice(@NonNull RecordChildVoiceInput input) {
		return write(caller -> this.assessments.recordVoice(caller, input));
	}

	public @NonNull EpisodePayload completeAssessment(@NonNull CompleteAssessmentInput input) {
		return write(caller -> this.assessments.complete(caller, input));
	}

	private EpisodePayload write(Function<Caller, UUID> write) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(
				() -> EpisodePayload.of(() -> write.apply(caller), episode -> this.episodes.find(caller, episode)));
	}

}
