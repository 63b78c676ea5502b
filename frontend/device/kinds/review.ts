import { MeetingEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type MeetingRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/MeetingRecord.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import type BringReviewForwardInput from 'Frontend/generated/org/hearth/review/BringReviewForwardInput.js';
import type CancelMeetingInput from 'Frontend/generated/org/hearth/review/CancelMeetingInput.js';
import MeetingKind from 'Frontend/generated/org/hearth/review/MeetingKind.js';
import type RecordMeetingInput from 'Frontend/generated/org/hearth/review/RecordMeetingInput.js';
import type RecordReviewInput from 'Frontend/generated/org/hearth/review/RecordReviewInput.js';
import type RescheduleMeetingInput from 'Frontend/generated/org/hearth/review/RescheduleMeetingInput.js';
import type ScheduleMeetingInput from 'Frontend/generated/org/hearth/review/ScheduleMeetingInput.js';
import type { ChangeKind } from '../changes.js';

// Team meetings and reviews of the plan: putting a meeting in the diary, recording it held, moving or calling it
// off, and recording a review with where each outcome stands. The server decides; these only show the change on the
// device until it has.

function mapMeeting(file: CaseFile, meetingId: string | undefined, change: (meeting: MeetingRecord) => MeetingRecord): CaseFile {
  return { ...file, meetings: file.meetings.map((meeting) => (meeting.meetingId === meetingId ? change(meeting) : meeting)) };
}

function findMeeting(file: CaseFile, meetingId: string | undefined) {
  return file.meetings.find((meeting) => meeting.meetingId === meetingId);
}

export const scheduleMeeting: ChangeKind<ScheduleMeetingInput> = {
  send: (input) => MeetingEndpoint.scheduleMeeting(input),
  apply: (file, input) =>
    file.meetings.some((meeting) => meeting.meetingId === input.id)
      ? file
      : {
          ...file,
          meetings: [
            ...file.meetings,
            {
              meetingId: input.id ?? '',
              kind: input.kind ?? MeetingKind.REVIEW,
              scheduledFor: input.scheduledFor ?? new Date().toISOString(),
              version: 0,
            },
          ],
        },
};

export const recordMeeting: ChangeKind<RecordMeetingInput> = {
  send: (input) => MeetingEndpoint.recordMeeting(input),
  apply: (file, input) => {
    const meeting = findMeeting(file, input.meetingId);
    if (!meeting || meeting.heldOn) {
      return file;
    }
    const held = mapMeeting(file, input.meetingId, (found) => ({
      ...found,
      heldOn: input.heldOn,
      familyAttended: input.familyAttended,
      notes: input.notes,
    }));
    // The first team meeting agrees the plan: it starts once that meeting is held.
    return meeting.kind === MeetingKind.INITIAL_TAF && held.status === EpisodeStatus.PLANNING
      ? { ...held, status: EpisodeStatus.ACTIVE }
      : held;
  },
};

export const rescheduleMeeting: ChangeKind<RescheduleMeetingInput> = {
  send: (input) => MeetingEndpoint.rescheduleMeeting(input),
  apply: (file, input) =>
    mapMeeting(file, input.meetingId, (meeting) => ({ ...meeting, scheduledFor: input.scheduledFor ?? meeting.scheduledFor })),
  rebase: (file, input) => {
    const meeting = findMeeting(file, input.meetingId);
    return meeting && !meeting.heldOn && !meeting.cancelledAt ? { ...input, version: meeting.version } : undefined;
  },
  mine: (input, field) => (field === 'scheduledFor' ? input.scheduledFor : undefined),
  without: () => undefined,
};

export const cancelMeeting: ChangeKind<CancelMeetingInput> = {
  send: (input) => MeetingEndpoint.cancelMeeting(input),
  apply: (file, input) =>
    mapMeeting(file, input.meetingId, (meeting) => ({
      ...meeting,
      cancelledAt: meeting.cancelledAt ?? new Date().toISOString(),
      cancellationReason: input.reason,
    })),
  rebase: (file, input) => {
    const meeting = findMeeting(file, input.meetingId);
    return meeting && !meeting.heldOn && !meeting.cancelledAt ? { ...input, version: meeting.version } : undefined;
  },
  mine: (input, field) => (field === 'cancellationReason' ? input.reason : undefined),
  without: () => undefined,
};

export const recordReview: ChangeKind<RecordReviewInput> = {
  send: (input) => MeetingEndpoint.recordReview(input),
  apply: (file, input) => {
    if (file.reviews.some((review) => review.reviewId === input.id) || !input.progress || !input.decision) {
      return file;
    }
    const statuses = new Map((input.outcomeProgress ?? []).map((outcome) => [outcome?.outcomeId, outcome?.status]));
    return {
      ...file,
      reviews: [
        ...file.reviews,
        {
          reviewId: input.id ?? '',
          heldOn: input.heldOn ?? new Date().toLocaleDateString('en-CA'),
          progress: input.progress,
          decision: input.decision,
          familyViews: input.familyViews,
          childViews: input.childViews,
          nextReviewDue: input.nextReviewDue,
        },
      ],
      outcomes: file.outcomes.map((outcome) => ({ ...outcome, status: statuses.get(outcome.outcomeId) ?? outcome.status })),
      due: input.nextReviewDue ? { ...file.due, nextReviewDue: input.nextReviewDue, reviewOverdue: false } : file.due,
    };
  },
};

/** The next review brought forward to an earlier day: the case file's next review date becomes that day. */
export const bringReviewForward: ChangeKind<BringReviewForwardInput> = {
  send: (input) => MeetingEndpoint.bringReviewForward(input),
  apply: (file, input) =>
    input.to && file.status === EpisodeStatus.ACTIVE && (!file.due.nextReviewDue || input.to < file.due.nextReviewDue)
      ? {
          ...file,
          due: { ...file.due, nextReviewDue: input.to, reviewOverdue: input.to < new Date().toLocaleDateString('en-CA') },
        }
      : file,
};
