import { PlanEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type ActionRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/ActionRecord.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';
import type AddActionInput from 'Frontend/generated/org/hearth/plan/AddActionInput.js';
import type AddOutcomeInput from 'Frontend/generated/org/hearth/plan/AddOutcomeInput.js';
import OutcomeStatus from 'Frontend/generated/org/hearth/plan/OutcomeStatus.js';
import type UpdateActionInput from 'Frontend/generated/org/hearth/plan/UpdateActionInput.js';
import type UpdateActionStatusInput from 'Frontend/generated/org/hearth/plan/UpdateActionStatusInput.js';
import type { ChangeKind } from '../changes.js';

// The plan's changes the device can keep: a new outcome, a new action, an action's status, and what it says or when
// it is due.

function mapActions(file: CaseFile, actionId: string | undefined, change: (action: ActionRecord) => ActionRecord): CaseFile {
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

export const today = () => new Date().toLocaleDateString('en-CA');

export const updateActionStatus: ChangeKind<UpdateActionStatusInput> = {
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

export const updateAction: ChangeKind<UpdateActionInput> = {
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


export const addOutcome: ChangeKind<AddOutcomeInput> = {
  send: (input) => PlanEndpoint.addOutcome(input),
  apply: (file, input) =>
    file.outcomes.some((outcome) => outcome.outcomeId === input.id)
      ? file
      : {
          ...file,
          outcomes: [
            ...file.outcomes,
            {
              outcomeId: input.id ?? '',
              forPersonId: input.forPersonId,
              needArea: file.policy.needAreas.find((area) => area.code === input.needAreaCode)?.name ?? input.needAreaCode ?? '',
              description: input.description?.trim() ?? '',
              measure: input.measure?.trim() ?? '',
              targetDate: input.targetDate ?? '',
              status: OutcomeStatus.OPEN,
              version: 0,
              actions: [],
            },
          ],
        },
};

export const addAction: ChangeKind<AddActionInput> = {
  send: (input) => PlanEndpoint.addAction(input),
  apply: (file, input) =>
    findAction(file, input.id)
      ? file
      : {
          ...file,
          outcomes: file.outcomes.map((outcome) =>
            outcome.outcomeId === input.outcomeId
              ? {
                  ...outcome,
                  actions: [
                    ...outcome.actions,
                    {
                      actionId: input.id ?? '',
                      description: input.description?.trim() ?? '',
                      ownerMemberId: input.ownerTeamMemberId ?? '',
                      ownerName: file.team.find((member) => member.memberId === input.ownerTeamMemberId)?.name ?? '',
                      dueDate: input.dueDate ?? '',
                      status: ActionStatus.NOT_STARTED,
                      overdue: false,
                      version: 0,
                    },
                  ],
                }
              : outcome,
          ),
        },
};
