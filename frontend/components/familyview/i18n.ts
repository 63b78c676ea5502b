import { i18n, key, translate } from '@vaadin/hilla-react-i18n';
import type { I18nKey } from '@vaadin/hilla-react-i18n';

/**
 * The family's own view is translated (English and Welsh, from backend/src/main/resources/vaadin-i18n); the
 * practitioners' screens are not yet. Configured once, on the first family screen opened: the language is the one the
 * family member last chose on this browser (a cookie), else the browser's own.
 */
let configured: Promise<void> | undefined;

export function configureFamilyI18n(): Promise<void> {
  configured ??= i18n.configure();
  return configured;
}

/** The language the texts are shown in now, as a BCP 47 tag for `lang` attributes and dates. */
export function shownLanguage(): 'cy' | 'en' {
  return (i18n.resolvedLanguage.value ?? i18n.language.value ?? 'en').toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

/** Welsh month and day names, written out: browsers' own Welsh dates are not everywhere (headless Chromium has none). */
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];

/** The parts of a moment in a time zone: its year, month (1-12), day, weekday (0 Sunday) and 24-hour time. */
function partsOf(moment: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  const weekday = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day))).getUTCDay();
  return { year: parts.year, month: Number(parts.month), day: Number(parts.day), weekday, time: `${parts.hour}:${parts.minute}` };
}

/** A date such as 3 March 2027 (Welsh: 3 Mawrth 2027). */
export function dayInWords(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (shownLanguage() === 'cy') {
    const parts = partsOf(day, 'UTC');
    return `${parts.day} ${WELSH_MONTHS[parts.month - 1]} ${parts.year}`;
  }
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** The day and time of a moment, in UK time. */
export function momentParts(instant: string): { date: string; time: string } {
  const moment = new Date(instant);
  if (shownLanguage() === 'cy') {
    const parts = partsOf(moment, 'Europe/London');
    return {
      date: `${WELSH_DAYS[parts.weekday]} ${parts.day} ${WELSH_MONTHS[parts.month - 1]} ${parts.year}`,
      time: parts.time,
    };
  }
  return {
    date: new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    }).format(moment),
    time: new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London' }).format(
      moment,
    ),
  };
}

/** Each value of a server enum with its text's key, written out so the production build finds every key. */
export const EPISODE_STATUS: Record<string, I18nKey> = {
  REQUESTED: key`myplan.status.REQUESTED`,
  ASSESSING: key`myplan.status.ASSESSING`,
  PLANNING: key`myplan.status.PLANNING`,
  ACTIVE: key`myplan.status.ACTIVE`,
  CLOSED: key`myplan.status.CLOSED`,
};

export const OUTCOME_STATUS: Record<string, I18nKey> = {
  OPEN: key`myplan.outcome.OPEN`,
  ACHIEVED: key`myplan.outcome.ACHIEVED`,
  PARTLY_ACHIEVED: key`myplan.outcome.PARTLY_ACHIEVED`,
  NOT_ACHIEVED: key`myplan.outcome.NOT_ACHIEVED`,
  NO_LONGER_NEEDED: key`myplan.outcome.NO_LONGER_NEEDED`,
};

export const ACTION_STATUS: Record<string, I18nKey> = {
  NOT_STARTED: key`myplan.action.NOT_STARTED`,
  IN_PROGRESS: key`myplan.action.IN_PROGRESS`,
  DONE: key`myplan.action.DONE`,
  CANCELLED: key`myplan.action.CANCELLED`,
};

export const MEETING_KIND: Record<string, I18nKey> = {
  INITIAL_TAF: key`myplan.meet.INITIAL_TAF`,
  REVIEW: key`myplan.meet.REVIEW`,
};

export const PROGRESS: Record<string, I18nKey> = {
  POSITIVE_CHANGE: key`myplan.progress.POSITIVE_CHANGE`,
  NO_CHANGE: key`myplan.progress.NO_CHANGE`,
  DETERIORATION: key`myplan.progress.DETERIORATION`,
};

export const DECISION: Record<string, I18nKey> = {
  CONTINUE: key`myplan.decision.CONTINUE`,
  AMEND_PLAN: key`myplan.decision.AMEND_PLAN`,
  CLOSE: key`myplan.decision.CLOSE`,
  STEP_UP: key`myplan.decision.STEP_UP`,
  ESCALATE_TO_PANEL: key`myplan.decision.ESCALATE_TO_PANEL`,
};

export const CLOSURE_REASON: Record<string, I18nKey> = {
  NEEDS_MET: key`myplan.closure.NEEDS_MET`,
  SINGLE_AGENCY: key`myplan.closure.SINGLE_AGENCY`,
  UNIVERSAL_SERVICES: key`myplan.closure.UNIVERSAL_SERVICES`,
  STEPPED_UP: key`myplan.closure.STEPPED_UP`,
  CONSENT_WITHDRAWN: key`myplan.closure.CONSENT_WITHDRAWN`,
  MOVED_AWAY: key`myplan.closure.MOVED_AWAY`,
};

export const CONSENT_SCOPE: Record<string, I18nKey> = {
  START: key`myplan.consent.START`,
  STORE: key`myplan.consent.STORE`,
  SHARE: key`myplan.consent.SHARE`,
};

export const CONSENT_DECISION: Record<string, I18nKey> = {
  GIVEN: key`myplan.consent.GIVEN`,
  REFUSED: key`myplan.consent.REFUSED`,
  WITHDRAWN: key`myplan.consent.WITHDRAWN`,
};

/** What the family is told for a code the server answered with (at the field it names), or for no answer at all. */
const ERRORS: Record<string, I18nKey> = {
  REQUIRED: key`myplan.error.REQUIRED`,
  TOO_LONG: key`myplan.error.TOO_LONG`,
  CONFLICT: key`myplan.error.CONFLICT`,
  INVALID_TRANSITION: key`myplan.error.INVALID_TRANSITION`,
  EPISODE_CLOSED: key`myplan.error.EPISODE_CLOSED`,
  offline: key`myplan.error.offline`,
};

export function errorInWords(code: string): string {
  return translate(ERRORS[code] ?? key`myplan.error.other`);
}

/** The text for an enum value, or the value itself if the server sends one the app does not know yet. */
export function inWords(keys: Record<string, I18nKey>, value: string): string {
  const found = keys[value];
  return found ? translate(found) : value;
}
