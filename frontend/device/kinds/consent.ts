import { ConsentEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import TaskKind from 'Frontend/generated/org/hearth/casefile/TaskKind.js';
import TaskStatus from 'Frontend/generated/org/hearth/casefile/TaskStatus.js';
import ConsentDecision from 'Frontend/generated/org/hearth/consent/ConsentDecision.js';
import ConsentScope from 'Frontend/generated/org/hearth/consent/ConsentScope.js';
import type RecordConsentInput from 'Frontend/generated/org/hearth/consent/RecordConsentInput.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import type { ChangeKind } from '../changes.js';

// A family member's consent decision, one scope per change (a signature drawn on the tablet travels with it).

/** Whether the latest decision on start and on store is to give it, as the server decides it. */
function startAndStoreGiven(file: CaseFile): boolean {
  const latest = new Map<string, string>();
  file.consents.forEach((consent) => latest.set(consent.scope, consent.decision));
  return latest.get(ConsentScope.START) === ConsentDecision.GIVEN && latest.get(ConsentScope.STORE) === ConsentDecision.GIVEN;
}

export const recordConsent: ChangeKind<RecordConsentInput> = {
  send: (input) => ConsentEndpoint.recordConsent(input),
  apply: (file, input) => {
    if (file.consents.some((consent) => consent.consentId === input.id)) {
      return file;
    }
    const withConsent: CaseFile = {
      ...file,
      consents: [
        ...file.consents,
        {
          consentId: input.id ?? '',
          givenById: input.givenByPersonId ?? '',
          scope: input.scope ?? ConsentScope.START,
          decision: input.decision ?? ConsentDecision.GIVEN,
          method: input.method!,
          recordedAt: new Date().toISOString(),
          excludedAgencies: (input.excludedAgencyIds ?? []).filter((id): id is string => !!id),
          notes: input.notes,
          signed: !!input.signature,
        },
      ],
    };
    if (file.status !== EpisodeStatus.REQUESTED || !startAndStoreGiven(withConsent)) {
      return withConsent;
    }
    // As the server does: start and store given move a requested family on (a step-down, assessed by social care,
    // straight to planning). The task list follows on the next refresh, apart from consent itself.
    return {
      ...withConsent,
      status: file.assessment?.fromSocialCare ? EpisodeStatus.PLANNING : EpisodeStatus.ASSESSING,
      tasks: file.tasks.map((task) => (task.kind === TaskKind.CONSENT ? { ...task, status: TaskStatus.DONE } : task)),
    };
  },
};
