import { ClosureEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type CloseEpisodeInput from 'Frontend/generated/org/hearth/closure/CloseEpisodeInput.js';
import ClosureReason from 'Frontend/generated/org/hearth/closure/ClosureReason.js';
import type StepUpInput from 'Frontend/generated/org/hearth/closure/StepUpInput.js';
import type TransferOutInput from 'Frontend/generated/org/hearth/closure/TransferOutInput.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';
import type { ChangeKind } from '../changes.js';

// The end of an episode, however it comes: closed by the team, stepped up to children's social care, or transferred
// to the authority the family moved to. Every way closes the same on the device as on the server: the closure is
// recorded, unfinished actions are cancelled and meetings to come are called off.

const today = () => new Date().toLocaleDateString('en-CA');

/** The episode closed the one way, as the server closes it, as far as the case file shows it. */
export function closed(file: CaseFile, reason: ClosureReason, summary: string, signposting: string[]): CaseFile {
  if (file.status === EpisodeStatus.CLOSED) {
    return file;
  }
  const now = new Date().toISOString();
  return {
    ...file,
    status: EpisodeStatus.CLOSED,
    closure: { closedOn: today(), reason, summary, signposting },
    outcomes: file.outcomes.map((outcome) => ({
      ...outcome,
      actions: outcome.actions.map((action) =>
        action.status === ActionStatus.DONE || action.status === ActionStatus.CANCELLED
          ? action
          : { ...action, status: ActionStatus.CANCELLED, overdue: false },
      ),
    })),
    meetings: file.meetings.map((meeting) =>
      meeting.heldOn || meeting.cancelledAt ? meeting : { ...meeting, cancelledAt: now, cancellationReason: 'The episode closed.' },
    ),
  };
}

export const closeEpisode: ChangeKind<CloseEpisodeInput> = {
  send: (input) => ClosureEndpoint.closeEpisode(input),
  apply: (file, input) => {
    const results = new Map((input.outcomeResults ?? []).map((outcome) => [outcome?.outcomeId, outcome?.status]));
    const withResults = {
      ...file,
      outcomes: file.outcomes.map((outcome) => ({ ...outcome, status: results.get(outcome.outcomeId) ?? outcome.status })),
    };
    const signposting = (input.signposting ?? []).filter((line): line is string => !!line && line.trim() !== '');
    return closed(withResults, input.reason ?? ClosureReason.NEEDS_MET, input.summary ?? '', signposting);
  },
};

export const stepUp: ChangeKind<StepUpInput> = {
  send: (input) => ClosureEndpoint.stepUp(input),
  apply: (file, input) => closed(file, ClosureReason.STEPPED_UP, input.reason ?? '', []),
};

export const transferOut: ChangeKind<TransferOutInput> = {
  send: (input) => ClosureEndpoint.transferOut(input),
  apply: (file, input) =>
    closed(
      file,
      ClosureReason.MOVED_AWAY,
      input.summary?.trim() ? input.summary : `The family moved away; the case went to ${input.receivingAuthority ?? ''}.`,
      [],
    ),
};
