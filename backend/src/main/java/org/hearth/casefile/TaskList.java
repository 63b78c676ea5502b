package org.hearth.casefile;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.hearth.casefile.CaseFile.Task;
import org.hearth.consent.ConsentDecision;
import org.hearth.consent.ConsentScope;
import org.hearth.episode.EpisodeStatus;
import org.hearth.plan.ActionStatus;
import org.hearth.review.MeetingKind;
import org.jspecify.annotations.Nullable;

/**
 * What is done and what to do next in an episode, read from its records: the rule behind the app's task list, in
 * one place so the tablet and any other screen agree.
 */
final class TaskList {

	private TaskList() {
	}

	static List<Task> of(EpisodeStatus status, CaseFile.Due due, List<CaseFile.TeamMember> team,
			List<CaseFile.ConsentRecord> consents, CaseFile.@Nullable AssessmentRecord assessment,
			int peopleInHousehold, List<CaseFile.OutcomeRecord> outcomes, List<CaseFile.MeetingRecord> meetings,
			List<CaseFile.ReviewRecord> reviews) {
		boolean closed = status == EpisodeStatus.CLOSED;
		boolean started = consents.stream()
			.anyMatch(consent -> consent.scope() == ConsentScope.START && consent.decision() == ConsentDecision.GIVEN);
		boolean planMade = status == EpisodeStatus.ACTIVE || closed && hasInitialMeeting(meetings, true);
		List<CaseFile.ActionRecord> actions = outcomes.stream()
			.flatMap(outcome -> outcome.actions().stream())
			.filter(action -> action.status() != ActionStatus.CANCELLED)
			.toList();
		int actionsDone = (int) actions.stream().filter(action -> action.status() == ActionStatus.DONE).count();
		return List.of(
				new Task(TaskKind.CONSENT, started ? TaskStatus.DONE : closed ? TaskStatus.CANNOT_START_YET : TaskStatus.TO_DO,
						null, null, null, false),
				new Task(TaskKind.LEAD,
						team.stream().anyMatch(CaseFile.TeamMember::lead) ? TaskStatus.DONE : TaskStatus.TO_DO, null,
						null, null, false),
				assessment(status, due, assessment, peopleInHousehold),
				plan(status, outcomes),
				initialMeeting(status, due, meetings),
				new Task(TaskKind.ACTIONS,
						actions.isEmpty() ? TaskStatus.CANNOT_START_YET
								: actionsDone == actions.size() ? TaskStatus.DONE
										: actionsDone > 0 ? TaskStatus.IN_PROGRESS : TaskStatus.TO_DO,
						actionsDone, actions.size(), null, due.overdueActions() > 0),
				new Task(TaskKind.REVIEW,
						closed ? (reviews.isEmpty() ? TaskStatus.CANNOT_START_YET : TaskStatus.DONE)
								: planMade ? (reviews.isEmpty() ? TaskStatus.TO_DO : TaskStatus.IN_PROGRESS)
										: TaskStatus.CANNOT_START_YET,
						reviews.size(), null, closed ? null : due.nextReviewDue(), !closed && due.reviewOverdue()),
				new Task(TaskKind.CLOSE,
						closed ? TaskStatus.DONE : planMade ? TaskStatus.TO_DO : TaskStatus.CANNOT_START_YET, null,
						null, null, false));
	}

	private static Task assessment(EpisodeStatus status, CaseFile.Due due,
			CaseFile.@Nullable AssessmentRecord assessment, int peopleInHousehold) {
		if (assessment == null) {
			TaskStatus can = (status == EpisodeStatus.ASSESSING) ? TaskStatus.TO_DO : TaskStatus.CANNOT_START_YET;
			return new Task(TaskKind.ASSESSMENT, can, null, null, due.assessmentDue(), due.assessmentOverdue());
		}
		int heard = (int) Stream
			.concat(assessment.views().stream().map(CaseFile.View::personId),
					assessment.childVoices().stream().map(CaseFile.Voice::childId))
			.filter(Objects::nonNull)
			.distinct()
			.count();
		boolean complete = assessment.completedOn() != null;
		return new Task(TaskKind.ASSESSMENT, complete ? TaskStatus.DONE : TaskStatus.IN_PROGRESS, heard,
				Math.max(heard, peopleInHousehold), complete ? null : due.assessmentDue(),
				!complete && due.assessmentOverdue());
	}

	private static Task plan(EpisodeStatus status, List<CaseFile.OutcomeRecord> outcomes) {
		boolean agreed = outcomes.stream().anyMatch(outcome -> !outcome.actions().isEmpty());
		TaskStatus standing = agreed ? TaskStatus.DONE
				: (status == EpisodeStatus.PLANNING || status == EpisodeStatus.ACTIVE)
						? (outcomes.isEmpty() ? TaskStatus.TO_DO : TaskStatus.IN_PROGRESS)
						: TaskStatus.CANNOT_START_YET;
		return new Task(TaskKind.PLAN, standing, outcomes.size(), null, null, false);
	}

	private static Task initialMeeting(EpisodeStatus status, CaseFile.Due due, List<CaseFile.MeetingRecord> meetings) {
		if (hasInitialMeeting(meetings, true)) {
			return new Task(TaskKind.INITIAL_MEETING, TaskStatus.DONE, null, null, null, false);
		}
		if (status != EpisodeStatus.PLANNING) {
			return new Task(TaskKind.INITIAL_MEETING,
					status == EpisodeStatus.ACTIVE ? TaskStatus.DONE : TaskStatus.CANNOT_START_YET, null, null, null,
					false);
		}
		TaskStatus standing = hasInitialMeeting(meetings, false) ? TaskStatus.IN_PROGRESS : TaskStatus.TO_DO;
		return new Task(TaskKind.INITIAL_MEETING, standing, null, null, due.initialMeetingDue(),
				due.initialMeetingOverdue());
	}

	/** Whether an initial meeting was held (or, when {@code held} is false, is in the diary). */
	private static boolean hasInitialMeeting(List<CaseFile.MeetingRecord> meetings, boolean held) {
		return meetings.stream()
			.filter(meeting -> meeting.kind() == MeetingKind.INITIAL_TAF && meeting.cancelledAt() == null)
			.anyMatch(meeting -> held == (meeting.heldOn() != null));
	}

}
