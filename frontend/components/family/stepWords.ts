import ClosureReason from 'Frontend/generated/org/hearth/closure/ClosureReason.js';
import OutcomeStatus from 'Frontend/generated/org/hearth/plan/OutcomeStatus.js';
import MeetingKind from 'Frontend/generated/org/hearth/review/MeetingKind.js';
import Progress from 'Frontend/generated/org/hearth/review/Progress.js';
import ReviewDecision from 'Frontend/generated/org/hearth/review/ReviewDecision.js';

// How the meetings, reviews, closing and team screens say things, in plain words: each choice with a sentence that
// says what it means.

export interface Explained {
  words: string;
  meaning: string;
}

export const MEETING_KIND_WORDS: Record<MeetingKind, string> = {
  [MeetingKind.INITIAL_TAF]: 'First team meeting',
  [MeetingKind.REVIEW]: 'Review meeting',
};

export const PROGRESS_WORDS: Record<Progress, Explained> = {
  [Progress.POSITIVE_CHANGE]: { words: 'Things are better', meaning: 'The family and the team see real change since the last review.' },
  [Progress.NO_CHANGE]: { words: 'No real change', meaning: 'Things are much as they were at the last review.' },
  [Progress.DETERIORATION]: { words: 'Things are worse', meaning: 'Worries have grown since the last review.' },
};

export const DECISION_WORDS: Record<ReviewDecision, Explained> = {
  [ReviewDecision.CONTINUE]: { words: 'Carry on with the plan', meaning: 'The plan is working: keep going as agreed until the next review.' },
  [ReviewDecision.AMEND_PLAN]: { words: 'Change the plan', meaning: 'Keep going, but change outcomes or actions: do it on the plan after this review.' },
  [ReviewDecision.ESCALATE_TO_PANEL]: { words: 'Ask the early help panel', meaning: 'The team needs the panel’s advice or resources; the plan goes on meanwhile.' },
  [ReviewDecision.CLOSE]: { words: 'Close', meaning: 'The family no longer needs this plan: close the episode next, with where to go for help.' },
  [ReviewDecision.STEP_UP]: { words: 'Step up to social care', meaning: 'The worries need children’s social care: make the step up next.' },
};

/** Whether a decision keeps the plan going, so a next review is set. */
export const DECISION_CONTINUES: Record<ReviewDecision, boolean> = {
  [ReviewDecision.CONTINUE]: true,
  [ReviewDecision.AMEND_PLAN]: true,
  [ReviewDecision.ESCALATE_TO_PANEL]: true,
  [ReviewDecision.CLOSE]: false,
  [ReviewDecision.STEP_UP]: false,
};

export const OUTCOME_STATUS_WORDS: Record<OutcomeStatus, string> = {
  [OutcomeStatus.OPEN]: 'Still working on it',
  [OutcomeStatus.ACHIEVED]: 'Achieved',
  [OutcomeStatus.PARTLY_ACHIEVED]: 'Partly achieved',
  [OutcomeStatus.NOT_ACHIEVED]: 'Not achieved',
  [OutcomeStatus.NO_LONGER_NEEDED]: 'No longer needed',
};

/** The reasons a team closes an episode itself (stepping up, transfer and withdrawn consent have steps of their own). */
export const CLOSE_REASON_WORDS: Partial<Record<ClosureReason, Explained>> = {
  [ClosureReason.NEEDS_MET]: { words: 'The family’s needs are met', meaning: 'The outcomes are reached and the family manages without the team. Say where they can find help later.' },
  [ClosureReason.SINGLE_AGENCY]: { words: 'One service’s help is enough', meaning: 'One agency goes on supporting the family on its own; a team is no longer needed.' },
  [ClosureReason.UNIVERSAL_SERVICES]: { words: 'Everyday services are enough', meaning: 'The family’s GP, school, health visitor or children’s centre can carry on. Say which.' },
};

export const CLOSURE_REASON_WORDS: Record<ClosureReason, string> = {
  [ClosureReason.NEEDS_MET]: 'needs met',
  [ClosureReason.SINGLE_AGENCY]: 'one service’s help is enough',
  [ClosureReason.UNIVERSAL_SERVICES]: 'everyday services are enough',
  [ClosureReason.STEPPED_UP]: 'stepped up to children’s social care',
  [ClosureReason.CONSENT_WITHDRAWN]: 'the family withdrew consent',
  [ClosureReason.MOVED_AWAY]: 'the family moved away',
};

/** A day as yyyy-mm-dd, this many days after another (or today). */
export function daysAfter(day: string | undefined, days: number): string {
  const start = day ? new Date(`${day}T12:00:00`) : new Date();
  start.setDate(start.getDate() + days);
  return start.toLocaleDateString('en-CA');
}

export const todayIso = () => new Date().toLocaleDateString('en-CA');
