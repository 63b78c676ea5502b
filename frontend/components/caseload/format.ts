import { format, isValid, parseISO } from 'date-fns';
import type Child from 'Frontend/generated/org/hearth/episode/CaseloadEntry/Child.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';

// How the caseload says things, in plain words.

const STATUS_WORDS: Record<EpisodeStatus, string> = {
  [EpisodeStatus.REQUESTED]: 'Request received',
  [EpisodeStatus.ASSESSING]: 'Assessment under way',
  [EpisodeStatus.PLANNING]: 'Writing the plan',
  [EpisodeStatus.ACTIVE]: 'Plan under way',
  [EpisodeStatus.CLOSED]: 'Closed',
};

export function statusInWords(status: EpisodeStatus | undefined): string {
  return status ? STATUS_WORDS[status] : 'Not known';
}

/** "Imran, 14 · Sadia, 11"; a child not yet born is "expected", a baby under one "under 1". */
export function childrenInWords(children: readonly Child[]): string | undefined {
  if (children.length === 0) {
    return undefined;
  }
  return children
    .map((child) => {
      const age = child.age == null ? 'expected' : child.age === 0 ? 'under 1' : String(child.age);
      return `${child.givenName}, ${age}`;
    })
    .join(' · ');
}

/** An ISO date ("2026-10-12") as "12 Oct 2026"; no date as a dash. The date is the calendar day, no time zone. */
export function dayInWords(isoDate: string | undefined): string {
  if (!isoDate) {
    return '—';
  }
  const day = parseISO(isoDate);
  return isValid(day) ? format(day, 'd MMM yyyy') : isoDate;
}

/** ["Review", "2 actions"] as "Review, 2 actions"; nothing overdue as undefined. */
export function overdueInWords(overdue: readonly string[]): string | undefined {
  return overdue.length > 0 ? overdue.join(', ') : undefined;
}
