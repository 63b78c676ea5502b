import { CommentEndpoint, PlanEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type AddFamilyCommentInput from 'Frontend/generated/org/hearth/comment/AddFamilyCommentInput.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';
import type UpdateActionInput from 'Frontend/generated/org/hearth/plan/UpdateActionInput.js';
import type UpdateActionStatusInput from 'Frontend/generated/org/hearth/plan/UpdateActionStatusInput.js';

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

function mapActions(file: CaseFile, actionId: string | undefined, change: (action: CaseFile['outcomes'][number]['actions'][number]) => CaseFile['outcomes'][number]['actions'][number]): CaseFile {
  return {
    ...file,
    outcomes: file.outcomes.map((outcome) => ({
      ...outcome,
      actions: outcome.actions.map((action) => (action.actionId === actionId ? change(action) : action)),
    })),
  };
}

function findAction(file: CaseFile, actionId: string | undefined) {
  return file.outcomes.flatMap((outcome) => outcome.actions).find((action) => action.actionId === actionId);
}

const today = () => new Date().toLocaleDateString('en-CA');

const updateActionStatus: ChangeKind<UpdateActionStatusInput> = {
  send: (input) => PlanEndpoint.updateActionStatus(input),
  apply: (file, input) =>
    mapActions(file, input.actionId, (action) => ({
      ...action,
      status: input.status ?? action.status,
      completedOn: input.status === ActionStatus.DONE ? today() : undefined,
      overdue: input.status === ActionStatus.DONE || input.status === ActionStatus.CANCELLED ? false : action.overdue,
    })),
  rebase: (file, input) => {
    const action = findAction(file, input.actionId);
    return action ? { ...input, version: action.version } : undefined;
  },
  mine: (input) => input.status,
  without: () => undefined,
};

const updateAction: ChangeKind<UpdateActionInput> = {
  send: (input) => PlanEndpoint.updateAction(input),
  apply: (file, input) =>
    mapActions(file, input.actionId, (action) => ({
      ...action,
      description: input.description ?? action.description,
      dueDate: input.dueDate ?? action.dueDate,
    })),
  rebase: (file, input) => {
    const action = findAction(file, input.actionId);
    return action ? { ...input, version: action.version } : undefined;
  },
  mine: (input, field) => (field === 'description' ? input.description : field === 'dueDate' ? input.dueDate : undefined),
  without: (input, field) => {
    const rest = { ...input, [field]: undefined };
    return rest.description === undefined && rest.dueDate === undefined
      ? undefined
      : rest;
  },
};

const addFamilyComment: ChangeKind<AddFamilyCommentInput> = {
  send: (input) => CommentEndpoint.addFamilyComment(input),
  apply: (file, input) =>
    file.comments.some((comment) => comment.commentId === input.id)
      ? file
      : {
          ...file,
          comments: [
            ...file.comments,
            {
              commentId: input.id ?? '',
              authorId: input.personId ?? '',
              writtenAt: new Date().toISOString(),
              text: input.text ?? '',
              recordedOnBehalf: true,
            },
          ],
        },
};

/** Every change the device can keep, by name; the name is what the outbox stores. */
export const CHANGE_KINDS = {
  updateActionStatus,
  updateAction,
  addFamilyComment,
};

export type ChangeKindName = keyof typeof CHANGE_KINDS;

export function kindOf(name: string): ChangeKind<Record<string, unknown>> {
  const kind = (CHANGE_KINDS as unknown as Record<string, ChangeKind<Record<string, unknown>> | undefined>)[name];
  if (!kind) {
    throw new Error(`No such change: ${name}`);
  }
  return kind;
}
