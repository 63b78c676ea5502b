import { AssessmentEndpoint } from 'Frontend/generated/endpoints.js';
import type CompleteAssessmentInput from 'Frontend/generated/org/hearth/assessment/CompleteAssessmentInput.js';
import type RecordChildVoiceInput from 'Frontend/generated/org/hearth/assessment/RecordChildVoiceInput.js';
import type RecordPersonViewInput from 'Frontend/generated/org/hearth/assessment/RecordPersonViewInput.js';
import type StartAssessmentInput from 'Frontend/generated/org/hearth/assessment/StartAssessmentInput.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type AssessmentRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/AssessmentRecord.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import type { ChangeKind } from '../changes.js';
import { today } from './plan.js';

// The assessment's changes the device can keep: starting it, each person's three columns, each child's three houses
// and completing it. Each person's entry is its own change, so two workers hearing different people never conflict.

/** The three columns of a person's view, as the server names them. */
export const VIEW_COLUMNS = ['worries', 'strengths', 'wishes'] as const;

/** The three houses of a child's voice, as the server names them. */
export const VOICE_PARTS = ['worries', 'goodThings', 'dreams'] as const;

/** The assessment as the device shows it: the file's, or one started today on this tablet. */
function started(file: CaseFile, localId: string): AssessmentRecord {
  return (
    file.assessment ?? {
      assessmentId: localId,
      startedOn: today(),
      fromSocialCare: false,
      version: 0,
      views: [],
      childVoices: [],
      needAreaCodes: [],
    }
  );
}

/** What a column becomes: left out, it stays; blank, it is cleared (as the server does). */
function column(given: string | undefined, before: string | undefined): string | undefined {
  if (given === undefined) {
    return before;
  }
  return given.trim() === '' ? undefined : given.trim();
}

/** The input without one field; undefined when nothing is left to send. */
function withoutField<I extends object>(input: I, field: string, fields: readonly string[]): I | undefined {
  const rest: Record<string, unknown> = { ...input, [field]: undefined };
  return fields.every((name) => rest[name] === undefined) ? undefined : (rest as I);
}

export const startAssessment: ChangeKind<StartAssessmentInput> = {
  send: (input) => AssessmentEndpoint.startAssessment(input),
  apply: (file, input) =>
    file.assessment ? file : { ...file, assessment: started(file, `local-${input.requestId ?? input.episodeId}`) },
};

export const recordPersonView: ChangeKind<RecordPersonViewInput> = {
  send: (input) => AssessmentEndpoint.recordPersonView(input),
  apply: (file, input) => {
    // The first view starts the assessment if nobody has.
    const assessment = started(file, `local-${input.requestId ?? ''}`);
    const before = assessment.views.find((view) => view.personId === input.personId);
    const view = {
      viewId: before?.viewId ?? `local-${input.requestId ?? input.personId}`,
      personId: input.personId ?? '',
      worries: column(input.worries, before?.worries),
      strengths: column(input.strengths, before?.strengths),
      wishes: column(input.wishes, before?.wishes),
      opinion: input.isOpinion ?? before?.opinion ?? false,
      version: before?.version ?? 0,
    };
    return {
      ...file,
      assessment: {
        ...assessment,
        views: before
          ? assessment.views.map((other) => (other.personId === input.personId ? view : other))
          : [...assessment.views, view],
      },
    };
  },
  rebase: (file, input) => {
    const view = file.assessment?.views.find((found) => found.personId === input.personId);
    return view ? { ...input, version: view.version } : { ...input, version: undefined };
  },
  mine: (input, field) =>
    field === 'isOpinion'
      ? input.isOpinion === undefined
        ? undefined
        : input.isOpinion
          ? 'The worker’s opinion'
          : 'Their own words'
      : (VIEW_COLUMNS as readonly string[]).includes(field)
        ? (input[field as (typeof VIEW_COLUMNS)[number]] ?? undefined)
        : undefined,
  without: (input, field) => withoutField(input, field, [...VIEW_COLUMNS, 'isOpinion']),
};

export const recordChildVoice: ChangeKind<RecordChildVoiceInput> = {
  send: (input) => AssessmentEndpoint.recordChildVoice(input),
  apply: (file, input) => {
    const assessment = started(file, `local-${input.requestId ?? ''}`);
    const before = assessment.childVoices.find((voice) => voice.childId === input.childId);
    const voice = {
      voiceId: before?.voiceId ?? `local-${input.requestId ?? input.childId}`,
      childId: input.childId ?? '',
      worries: column(input.worries, before?.worries),
      goodThings: column(input.goodThings, before?.goodThings),
      dreams: column(input.dreams, before?.dreams),
      version: before?.version ?? 0,
    };
    return {
      ...file,
      assessment: {
        ...assessment,
        childVoices: before
          ? assessment.childVoices.map((other) => (other.childId === input.childId ? voice : other))
          : [...assessment.childVoices, voice],
      },
    };
  },
  rebase: (file, input) => {
    const voice = file.assessment?.childVoices.find((found) => found.childId === input.childId);
    return voice ? { ...input, version: voice.version } : { ...input, version: undefined };
  },
  mine: (input, field) =>
    (VOICE_PARTS as readonly string[]).includes(field)
      ? (input[field as (typeof VOICE_PARTS)[number]] ?? undefined)
      : undefined,
  without: (input, field) => withoutField(input, field, VOICE_PARTS),
};

export const completeAssessment: ChangeKind<CompleteAssessmentInput> = {
  send: (input) => AssessmentEndpoint.completeAssessment(input),
  apply: (file, input) =>
    file.assessment
      ? {
          ...file,
          // Completing moves the family on to making the plan, as the server does.
          status: file.status === EpisodeStatus.ASSESSING ? EpisodeStatus.PLANNING : file.status,
          assessment: {
            ...file.assessment,
            completedOn: today(),
            summary: input.summary?.trim(),
            // In the policy's order, as the server keeps them.
            needAreaCodes: input.needAreaCodes
              ? file.policy.needAreas.map((area) => area.code).filter((code) => input.needAreaCodes?.includes(code))
              : file.assessment.needAreaCodes,
          },
        }
      : file,
};
