import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import { completeAssessment, recordChildVoice, recordPersonView, startAssessment } from './kinds/assessment.js';
import { closeEpisode, stepUp, transferOut } from './kinds/closure.js';
import { addFamilyComment } from './kinds/comment.js';
import { recordConsent } from './kinds/consent.js';
import { recordContactAgreement } from './kinds/contact.js';
import { addAction, addOutcome, updateAction, updateActionStatus } from './kinds/plan.js';
import { bringReviewForward, cancelMeeting, recordMeeting, recordReview, rescheduleMeeting, scheduleMeeting } from './kinds/review.js';
import { addTeamMember, handOverLead, removeTeamMember } from './kinds/team.js';
import { withdrawConsent } from './kinds/withdrawal.js';

/** What every endpoint write answers: the record, or the rules it broke. */
export interface Payload {
  errors?: Array<UserError | undefined>;
}

/**
 * One kind of change the device can make while offline: how to send it, how it shows in the device's copy of the
 * case file until the server has it, and (for updates) how to send it again over a newer version once the worker has
 * settled a conflict.
 */
export interface ChangeKind<I> {
  send(input: I): Promise<Payload>;
  apply(file: CaseFile, input: I): CaseFile;
  /** The input again, over the record's version in this newer file; undefined when the record is gone. */
  rebase?(file: CaseFile, input: I): I | undefined;
  /** What the worker's change gives this field, in words, to set beside the other person's. */
  mine?(input: I, field: string): string | undefined;
  /** The input without this field, when the worker keeps the other person's value for it. */
  without?(input: I, field: string): I | undefined;
}

/** Every change the device can keep, by name; the name is what the outbox stores. */
export const CHANGE_KINDS = {
  updateActionStatus,
  updateAction,
  addFamilyComment,
  recordConsent,
  startAssessment,
  recordPersonView,
  recordChildVoice,
  completeAssessment,
  addOutcome,
  addAction,
  scheduleMeeting,
  recordMeeting,
  rescheduleMeeting,
  cancelMeeting,
  recordReview,
  bringReviewForward,
  closeEpisode,
  stepUp,
  transferOut,
  handOverLead,
  addTeamMember,
  removeTeamMember,
  withdrawConsent,
  recordContactAgreement,
};

export type ChangeKindName = keyof typeof CHANGE_KINDS;

export function kindOf(name: string): ChangeKind<Record<string, unknown>> {
  const kind = (CHANGE_KINDS as unknown as Record<string, ChangeKind<Record<string, unknown>> | undefined>)[name];
  if (!kind) {
    throw new Error(`No such change: ${name}`);
  }
  return kind;
}
