import TaskKind from 'Frontend/generated/org/hearth/casefile/TaskKind.js';
import TaskStatus from 'Frontend/generated/org/hearth/casefile/TaskStatus.js';
import type Task from 'Frontend/generated/org/hearth/casefile/CaseFile/Task.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';
import { dayInWords } from 'Frontend/components/caseload/format.js';

// How the family screens say things, in plain words.

export const TASK_TITLES: Record<TaskKind, string> = {
  [TaskKind.CONSENT]: 'Get the family’s consent',
  [TaskKind.LEAD]: 'Agree who leads the team',
  [TaskKind.ASSESSMENT]: 'Assess: hear everyone’s views',
  [TaskKind.PLAN]: 'Agree the plan’s outcomes and actions',
  [TaskKind.INITIAL_MEETING]: 'Hold the first team meeting',
  [TaskKind.ACTIONS]: 'Carry out the actions',
  [TaskKind.REVIEW]: 'Review the plan',
  [TaskKind.CLOSE]: 'Close, with where to go next',
};

/**
 * The screen under a family's page (/families/{episodeId}/<screen>) where each task is done, for the task list's
 * links; a task without one has no screen yet.
 */
export const TASK_SCREENS: Partial<Record<TaskKind, string>> = {
  [TaskKind.CONSENT]: 'consent',
  [TaskKind.ASSESSMENT]: 'assessment',
  [TaskKind.PLAN]: 'plan',
  [TaskKind.LEAD]: 'team',
  [TaskKind.INITIAL_MEETING]: 'meetings',
  [TaskKind.REVIEW]: 'meetings',
  [TaskKind.CLOSE]: 'close',
};

export const TASK_STATUS_WORDS: Record<TaskStatus, string> = {
  [TaskStatus.DONE]: 'Completed',
  [TaskStatus.IN_PROGRESS]: 'In progress',
  [TaskStatus.TO_DO]: 'To do',
  [TaskStatus.CANNOT_START_YET]: 'Cannot start yet',
};

/** The line under a task's title: how far it has got and when it is due. */
export function taskHint(task: Task): string | undefined {
  const parts: string[] = [];
  if (task.kind === TaskKind.ASSESSMENT && task.of != null && task.status === TaskStatus.IN_PROGRESS) {
    parts.push(`${task.done} of ${task.of} people heard`);
  } else if (task.kind === TaskKind.ACTIONS && task.of) {
    parts.push(`${task.done} of ${task.of} done`);
  } else if (task.kind === TaskKind.REVIEW && task.done) {
    parts.push(task.done === 1 ? '1 review held' : `${task.done} reviews held`);
  } else if (task.kind === TaskKind.PLAN && task.done && task.status === TaskStatus.IN_PROGRESS) {
    parts.push(task.done === 1 ? '1 outcome, no action yet' : `${task.done} outcomes, no action yet`);
  }
  if (task.dueOn) {
    parts.push(task.overdue ? `overdue since ${dayInWords(task.dueOn)}` : `due ${dayInWords(task.dueOn)}`);
  } else if (task.overdue) {
    parts.push('overdue');
  }
  return parts.length > 0 ? capitalise(parts.join(', ')) : undefined;
}

function capitalise(words: string) {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const ROLE_WORDS: Record<PersonRole, string> = {
  [PersonRole.CHILD]: 'Child',
  [PersonRole.PARENT_CARER]: 'Parent or carer',
  [PersonRole.OTHER_ADULT]: 'Other adult',
  [PersonRole.EXTENDED_FAMILY]: 'Extended family',
};

export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  [ActionStatus.NOT_STARTED]: 'Not started',
  [ActionStatus.IN_PROGRESS]: 'In progress',
  [ActionStatus.DONE]: 'Done',
  [ActionStatus.CANCELLED]: 'Cancelled',
};

/** "12 Oct, 10:30" for a moment, in the device's time zone. */
export function momentInWords(iso: string | undefined): string {
  if (!iso) {
    return '—';
  }
  const moment = new Date(iso);
  return moment.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** An age in words: "14", "under 1", or "expected" for a baby not yet born. */
export function ageInWords(age: number | undefined, expected: string | undefined): string | undefined {
  if (age == null) {
    return expected ? `expected ${dayInWords(expected)}` : undefined;
  }
  return age === 0 ? 'under 1' : `${age}`;
}
