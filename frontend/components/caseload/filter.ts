import type CaseloadEntry from 'Frontend/generated/org/hearth/episode/CaseloadEntry.js';
import type EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';

/** What the worker narrowed the caseload to: words to find, a stage, only what is overdue. */
export type CaseloadFilter = {
  words: string;
  status: EpisodeStatus | '';
  overdueOnly: boolean;
};

export const NO_FILTER: CaseloadFilter = { words: '', status: '', overdueOnly: false };

/** Lower case, without accents or surrounding spaces: "Zoë " finds "zoe". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** A family matches words found in a child's first name or in its family or episode reference. */
export function matches(entry: CaseloadEntry, filter: CaseloadFilter): boolean {
  if (filter.status && entry.status !== filter.status) {
    return false;
  }
  if (filter.overdueOnly && entry.overdue.length === 0) {
    return false;
  }
  const words = folded(filter.words);
  if (!words) {
    return true;
  }
  const haystack = [entry.familyReference, entry.episodeReference, ...entry.children.map((child) => child.givenName)]
    .map(folded)
    .join(' ');
  return words.split(/\s+/).every((word) => haystack.includes(word));
}

export function isNarrowed(filter: CaseloadFilter): boolean {
  return filter.words.trim() !== '' || filter.status !== '' || filter.overdueOnly;
}
